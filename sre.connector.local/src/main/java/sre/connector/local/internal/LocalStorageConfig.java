package sre.connector.local.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@code LocalStorage} connector (PID {@value LocalStorage#PID}). */
@ObjectClassDefinition(
    name = "SRE local storage",
    description = "Storage connector 'LocalStorage': objects as files on the local disk.")
public @interface LocalStorageConfig {

  @AttributeDefinition(
      name = "Folder",
      description =
          "Root folder. Objects are stored at <folder>/local/<id>, their metadata at"
              + " <folder>/.local.metadata/<id>. Empty: ${sre.home}/storage.")
  String folder() default "";

  @AttributeDefinition(
      name = "I/O threads",
      description = "Threads that do the file I/O, so callers never block on the disk.",
      min = "1",
      max = "32")
  int ioThreads() default 2;
}
