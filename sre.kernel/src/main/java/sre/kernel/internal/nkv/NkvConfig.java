package sre.kernel.internal.nkv;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE NKV subsystem",
    description = "Which NkvConnector serves NKV calls.")
public @interface NkvConfig {
  @AttributeDefinition(
      name = "Connector filter",
      description =
          "LDAP filter selecting the NkvConnector; among matches the highest service.ranking wins.")
  String connector_target() default "(sre.connector.name=*)";

  @AttributeDefinition(
      name = "Drain timeout (ms)",
      description = "How long a replaced connector may finish the calls it is running.")
  long drain_timeout_ms() default 10_000;
}
