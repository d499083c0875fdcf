package sre.kernel.internal.vectordb;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE VectorDB subsystem",
    description = "Which VectorDbConnector serves VectorDB calls.")
public @interface VectorDbConfig {
  @AttributeDefinition(
      name = "Connector filter",
      description =
          "LDAP filter selecting the VectorDbConnector; among matches the highest service.ranking wins.")
  String connector_target() default "(sre.connector.name=*)";

  @AttributeDefinition(
      name = "Drain timeout (ms)",
      description = "How long a replaced connector may finish the calls it is running.")
  long drain_timeout_ms() default 10_000;
}
