package sre.kernel.internal.llm;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE LLM subsystem",
    description = "Which LLM connectors may serve model requests.")
public @interface LlmConfig {
  @AttributeDefinition(
      name = "Connector filter",
      description =
          "LDAP filter selecting the LlmConnectors the kernel routes to; a model goes to the"
              + " highest-ranked connector that lists it.")
  String connectors_target() default "(sre.connector.name=*)";
}
