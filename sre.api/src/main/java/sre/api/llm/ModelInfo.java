package sre.api.llm;

import java.util.Objects;
import java.util.Set;

/**
 * One model registry entry (SRE's {@code TLLMModel}, §7.4):
 *
 * <ul>
 *   <li>{@code name}: what agents write (e.g. {@code gpt-4o-mini}, {@code my-groq-llama});
 *   <li>{@code modelId}: the provider's id sent on the wire;
 *   <li>{@code provider}: the provider name, matched against connectors' {@code
 *       sre.connector.name};
 *   <li>{@code contextWindow}, {@code maxOutputTokens}: token limits;
 *   <li>{@code features}: {@code text}, {@code tools}, {@code image}, {@code json}, {@code
 *       embeddings}, {@code reasoning}, ...;
 *   <li>{@code inputPrice}, {@code outputPrice}: USD per million tokens (0 when unknown or free);
 *   <li>{@code fallback}: the model to try once when this one fails (empty: none);
 *   <li>{@code connectorId}: pins the model to one connector instance ({@code sre.connector.id};
 *       empty: any instance of the provider);
 *   <li>{@code custom}: true for entries from configuration rather than the built-in list.
 * </ul>
 */
public record ModelInfo(
    String name,
    String modelId,
    String provider,
    int contextWindow,
    int maxOutputTokens,
    Set<String> features,
    double inputPrice,
    double outputPrice,
    String fallback,
    String connectorId,
    boolean custom) {

  public ModelInfo {
    Objects.requireNonNull(name, "name");
    modelId = modelId == null || modelId.isBlank() ? name : modelId;
    Objects.requireNonNull(provider, "provider");
    features = Set.copyOf(features);
    fallback = fallback == null ? "" : fallback;
    connectorId = connectorId == null ? "" : connectorId;
  }

  public boolean has(String feature) {
    return features.contains(feature);
  }

  /** USD cost of {@code usage} at this model's prices. */
  public double cost(TokenUsage usage) {
    return (usage.inputTokens() * inputPrice + usage.outputTokens() * outputPrice) / 1_000_000d;
  }
}
