package sre.connector.ollama.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE Ollama connector",
    description =
        "One Ollama server (native API): one factory configuration each, e.g."
            + " etc/sre.connector.ollama-default.cfg.")
public @interface OllamaConfig {
  @AttributeDefinition(description = "Server base URL; /api/chat and /api/embed are appended.")
  String base_url() default "http://localhost:11434";

  @AttributeDefinition(description = "Provider name model entries use to reach this instance.")
  String sre_connector_name() default "Ollama";

  @AttributeDefinition(description = "Instance id, for models pinned to this server.")
  String sre_connector_id() default "default";

  @AttributeDefinition(
      description = "Model ids served; empty: every model the registry gives this provider.")
  String[] models() default {};

  @AttributeDefinition(
      description =
          "Name of the vault key (in the run's team) holding a bearer token for an authenticating"
              + " proxy; empty: Ollama needs no key. Never the token itself.")
  String sre_llm_vault_key() default "";

  @AttributeDefinition(description = "Teams this server serves; empty: all teams.")
  String[] sre_llm_teams() default {};

  @AttributeDefinition(description = "Requests per second the kernel lets through; 0: unlimited.")
  double sre_llm_rate_per_second() default 0;

  @AttributeDefinition(description = "Burst size of the rate limit; 0: the per-second rate.")
  double sre_llm_rate_burst() default 0;

  @AttributeDefinition(description = "Connect timeout (ms).")
  long connect_timeout_ms() default 10_000;

  @AttributeDefinition(
      description = "Time to the response headers (ms); for streams, to the first bytes.")
  long read_timeout_ms() default 300_000;

  @AttributeDefinition(description = "Calls this instance runs at once; more wait in line.")
  int max_concurrent_calls() default 8;
}
