package sre.kernel.internal.code;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE Code subsystem",
    description = "Which CodeConnector runs the JavaScript of ECMASandbox and ServerlessCode.")
public @interface CodeConfig {
  @AttributeDefinition(
      name = "Connector filter",
      description =
          "LDAP filter selecting the CodeConnector; among matches the highest service.ranking wins.")
  String connector_target() default "(sre.connector.name=*)";

  @AttributeDefinition(
      name = "Drain timeout (ms)",
      description = "How long a replaced connector may finish the executions it is running.")
  long drain_timeout_ms() default 10_000;
}
