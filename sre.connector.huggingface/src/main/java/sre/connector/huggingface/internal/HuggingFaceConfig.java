package sre.connector.huggingface.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE Hugging Face connector",
    description =
        "One Hugging Face account (Inference API): one factory configuration each, e.g."
            + " etc/sre.connector.huggingface-default.cfg.")
public @interface HuggingFaceConfig {
  @AttributeDefinition(
      description = "Chat: the router's OpenAI-compatible API, up to and including /v1/.")
  String base_url() default "https://router.huggingface.co/v1/";

  @AttributeDefinition(
      description =
          "Embeddings: the feature-extraction URL; {model} is replaced by the model id as is.")
  String embeddings_url() default
      "https://router.huggingface.co/hf-inference/models/{model}/pipeline/feature-extraction";

  @AttributeDefinition(description = "Provider name model entries use to reach this instance.")
  String sre_connector_name() default "HuggingFace";

  @AttributeDefinition(description = "Instance id, for models pinned to this account.")
  String sre_connector_id() default "default";

  @AttributeDefinition(
      description = "Model ids served; empty: every model the registry gives this provider.")
  String[] models() default {};

  @AttributeDefinition(
      description =
          "Name of the vault key (in the run's team) holding the API key. Never the key itself.")
  String sre_llm_vault_key() default "huggingface";

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
