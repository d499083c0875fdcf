package sre.kernel.internal.cache;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE multi-tier cache",
    description =
        "Composes cache connectors into tiers (e.g. RAM, then Redis, then S3). Reads fall through"
            + " and fill the upper tiers; writes go to every tier. Select it for the Cache subsystem"
            + " with sre.cache connector.target=(sre.connector.name=MultiTier).")
public @interface TieredCacheConfig {
  @AttributeDefinition(
      name = "Tiers",
      description = "Connector names, fastest first, e.g. RAM,Redis,S3.")
  String[] tiers() default {"RAM"};

  @AttributeDefinition(
      name = "Tier TTL caps (s)",
      description =
          "Longest lifetime per tier, in seconds, in the order of the tiers (0 or missing: no cap)."
              + " A small upper tier stays small while lower tiers keep entries longer.")
  long[] tier_max_ttl_seconds() default {};

  @AttributeDefinition(
      name = "Tier filter",
      description = "Which cache connectors may be tiers (this component never tiers itself).")
  String tierConnectors_target() default "(!(sre.connector.name=MultiTier))";
}
