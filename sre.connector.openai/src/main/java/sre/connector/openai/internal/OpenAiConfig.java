package sre.connector.openai.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE OpenAI connector",
    description =
        "One OpenAI or OpenAI-compatible account (Groq, Perplexity, Ollama, vLLM, llama.cpp):"
            + " one factory configuration each, e.g. etc/sre.connector.openai-groq.cfg.")
public @interface OpenAiConfig {
  @AttributeDefinition(description = "API base URL, up to and including /v1.")
  String base_url() default "https://api.openai.com/v1";

  @AttributeDefinition(
      description =
          "Provider name model entries use to reach this instance (OpenAI, Groq, Perplexity,"
              + " Ollama, ...).")
  String sre_connector_name() default "OpenAI";

  @AttributeDefinition(
      description = "Model ids served; empty: every model the registry gives this provider.")
  String[] models() default {};

  @AttributeDefinition(
      description =
          "Name of the vault key (in the run's team) holding the API key; empty for servers"
              + " without authentication. Never the key itself.")
  String sre_llm_vault_key() default "openai";

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
