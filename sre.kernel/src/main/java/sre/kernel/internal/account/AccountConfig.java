package sre.kernel.internal.account;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE Account subsystem",
    description = "Which AccountConnector serves Account calls.")
public @interface AccountConfig {
  @AttributeDefinition(
      name = "Connector filter",
      description =
          "LDAP filter selecting the AccountConnector; among matches the highest service.ranking wins.")
  String connector_target() default "(sre.connector.name=*)";

  @AttributeDefinition(
      name = "Drain timeout (ms)",
      description = "How long a replaced connector may finish the calls it is running.")
  long drain_timeout_ms() default 10_000;
}
