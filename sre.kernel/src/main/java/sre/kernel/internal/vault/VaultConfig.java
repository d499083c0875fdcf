package sre.kernel.internal.vault;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE Vault subsystem",
    description = "Which VaultConnector serves Vault calls.")
public @interface VaultConfig {
  @AttributeDefinition(
      name = "Connector filter",
      description =
          "LDAP filter selecting the VaultConnector; among matches the highest service.ranking wins.")
  String connector_target() default "(sre.connector.name=*)";

  @AttributeDefinition(
      name = "Drain timeout (ms)",
      description = "How long a replaced connector may finish the calls it is running.")
  long drain_timeout_ms() default 10_000;

  @AttributeDefinition(
      name = "Shared team",
      description =
          "Team whose keys every team may read when its own team lacks the key (SRE's 'shared'"
              + " setting). Empty: no sharing.")
  String shared_team() default "";
}
