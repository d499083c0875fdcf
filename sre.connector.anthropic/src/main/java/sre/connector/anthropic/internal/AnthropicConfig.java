package sre.connector.anthropic.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE Anthropic connector",
    description =
        "One Anthropic account (Messages API): one factory configuration each, e.g."
            + " etc/sre.connector.anthropic-default.cfg.")
public @interface AnthropicConfig {
  @AttributeDefinition(description = "API base URL, up to and including /v1/.")
  String base_url() default "https://api.anthropic.com/v1/";

  @AttributeDefinition(description = "The anthropic-version header sent with every request.")
  String anthropic_version() default "2023-06-01";

  @AttributeDefinition(description = "Provider name model entries use to reach this instance.")
  String sre_connector_name() default "Anthropic";

  @AttributeDefinition(description = "Instance id, for models pinned to this account.")
  String sre_connector_id() default "default";

  @AttributeDefinition(
      description = "Model ids served; empty: every model the registry gives this provider.")
  String[] models() default {};

  @AttributeDefinition(
      description =
          "Name of the vault key (in the run's team) holding the API key. Never the key itself.")
  String sre_llm_vault_key() default "anthropic";

  @AttributeDefinition(description = "Teams this account serves; empty: all teams.")
  String[] sre_llm_teams() default {};

  @AttributeDefinition(description = "Requests per second the kernel lets through; 0: unlimited.")
  double sre_llm_rate_per_second() default 0;

  @AttributeDefinition(description = "Burst size of the rate limit; 0: the per-second rate.")
  double sre_llm_rate_burst() default 0;

  @AttributeDefinition(
      description =
          "max_tokens sent when the request sets none (the Messages API requires the field).")
  int default_max_tokens() default 4096;

  @AttributeDefinition(description = "Connect timeout (ms).")
  long connect_timeout_ms() default 10_000;

  @AttributeDefinition(
      description = "Time to the response headers (ms); for streams, to the first bytes.")
  long read_timeout_ms() default 120_000;

  @AttributeDefinition(description = "Calls this instance runs at once; more wait in line.")
  int max_concurrent_calls() default 32;
}
