package sre.kernel.internal.llm;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE custom LLM model",
    description =
        "One model registry entry (SRE's models.json / user-custom-llm entry); one factory"
            + " configuration per model, e.g. etc/sre.llm.model-groq-llama.cfg.")
public @interface CustomModelConfig {
  @AttributeDefinition(description = "The name agents use; overrides a built-in of that name.")
  String name();

  @AttributeDefinition(description = "The provider's model id sent on the wire (default: name).")
  String modelId() default "";

  @AttributeDefinition(
      description = "Provider name, matched against connectors' sre.connector.name (e.g. Groq).")
  String provider();

  @AttributeDefinition(description = "Context window in tokens.")
  int contextWindow() default 8192;

  @AttributeDefinition(description = "Maximum output tokens.")
  int maxOutputTokens() default 8192;

  @AttributeDefinition(description = "Features: text, tools, json, image, embeddings, reasoning.")
  String[] features() default {"text"};

  @AttributeDefinition(description = "USD per million input tokens.")
  double inputPrice() default 0;

  @AttributeDefinition(description = "USD per million output tokens.")
  double outputPrice() default 0;

  @AttributeDefinition(description = "Model tried once when this one fails (empty: none).")
  String fallback() default "";

  @AttributeDefinition(
      description = "Pin to one connector instance (its sre.connector.id); empty: any instance.")
  String connectorId() default "";

  @AttributeDefinition(description = "Disabled entries hide a built-in model of the same name.")
  boolean enabled() default true;
}
