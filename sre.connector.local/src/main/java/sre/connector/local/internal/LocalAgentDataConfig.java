package sre.connector.local.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the local agent folder (PID {@value LocalAgentData#PID}). */
@ObjectClassDefinition(
    name = "SRE local agents",
    description = "Agent definitions: the .smyth files of one folder, re-read when they change.")
public @interface LocalAgentDataConfig {

  @AttributeDefinition(
      name = "Folder",
      description =
          "Folder holding the .smyth files (not its subfolders). Empty: ${sre.home}/agents.")
  String folder() default "";
}
