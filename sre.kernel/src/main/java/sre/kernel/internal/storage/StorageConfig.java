package sre.kernel.internal.storage;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE Storage subsystem",
    description = "Which StorageConnector serves Storage calls.")
public @interface StorageConfig {
  @AttributeDefinition(
      name = "Connector filter",
      description =
          "LDAP filter selecting the StorageConnector, e.g. (sre.connector.name=S3); among matches"
              + " the highest service.ranking wins.")
  String connector_target() default "(sre.connector.name=*)";

  @AttributeDefinition(
      name = "Drain timeout (ms)",
      description = "How long a replaced connector may finish the calls it is running.")
  long drain_timeout_ms() default 10_000;
}
