package sre.connector.gemini.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE Gemini connector",
    description =
        "One Google AI (Gemini API) account: one factory configuration each, e.g."
            + " etc/sre.connector.gemini-default.cfg.")
public @interface GeminiConfig {
  @AttributeDefinition(description = "API base URL, up to and including the version (/v1beta).")
  String base_url() default "https://generativelanguage.googleapis.com/v1beta";

  @AttributeDefinition(description = "Provider name model entries use to reach this instance.")
  String sre_connector_name() default "GoogleAI";

  @AttributeDefinition(description = "Instance id, for models pinned to this account.")
  String sre_connector_id() default "default";

  @AttributeDefinition(
      description = "Model ids served; empty: every model the registry gives this provider.")
  String[] models() default {};

  @AttributeDefinition(
      description =
          "Name of the vault key (in the run's team) holding the API key. Never the key itself.")
  String sre_llm_vault_key() default "googleai";

  @AttributeDefinition(description = "Teams this account serves; empty: all teams.")
  String[] sre_llm_teams() default {};

  @AttributeDefinition(description = "Requests per second the kernel lets through; 0: unlimited.")
  double sre_llm_rate_per_second() default 0;

  @AttributeDefinition(description = "Burst size of the rate limit; 0: the per-second rate.")
  double sre_llm_rate_burst() default 0;

  @AttributeDefinition(description = "Connect timeout (ms).")
  long connect_timeout_ms() default 10_000;

  @AttributeDefinition(
      description = "Time to the response headers (ms); for streams, to the first bytes.")
  long read_timeout_ms() default 120_000;

  @AttributeDefinition(description = "Calls this instance runs at once; more wait in line.")
  int max_concurrent_calls() default 32;
}
