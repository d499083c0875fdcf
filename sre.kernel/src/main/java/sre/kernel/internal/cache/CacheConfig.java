package sre.kernel.internal.cache;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE Cache subsystem",
    description = "Which CacheConnector serves Cache calls.")
public @interface CacheConfig {
  @AttributeDefinition(
      name = "Connector filter",
      description =
          "LDAP filter selecting the CacheConnector; among matches the highest service.ranking wins.")
  String connector_target() default "(sre.connector.name=*)";

  @AttributeDefinition(
      name = "Drain timeout (ms)",
      description = "How long a replaced connector may finish the calls it is running.")
  long drain_timeout_ms() default 10_000;
}
