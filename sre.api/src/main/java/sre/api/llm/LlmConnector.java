package sre.api.llm;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * LLM provider SPI: I/O with one provider account. Routing, retries, rate limits, usage accounting,
 * access checks and key resolution are the kernel's. Stages complete without holding the caller's
 * thread while the provider answers.
 *
 * <p>The kernel calls the methods taking {@link LlmCredentials}; {@code request.model()} is then
 * the provider's model id. Provider failures fail the stage with {@link LlmProviderException}, so
 * the kernel can tell retryable ones (429, 5xx, timeouts) from the rest. Cancelling the returned
 * stage ({@code toCompletableFuture().cancel(true)}) must abort the HTTP exchange.
 *
 * <p>Service properties: {@code sre.connector.name} (the provider name model entries use, e.g.
 * {@code OpenAI}), {@code sre.connector.id} (the instance), and those of {@link
 * LlmConnectorProperties}.
 */
@ConsumerType
public interface LlmConnector {
  /** Model ids this connector serves (e.g. {@code Echo}); empty means any model of its provider. */
  Set<String> models();

  CompletionStage<LlmResponse> chat(LlmRequest request);

  /**
   * Streams text chunks to {@code onToken} as they arrive; completes with the whole answer, its
   * tool calls and the provider's end-of-stream usage.
   */
  CompletionStage<LlmResponse> chatStream(LlmRequest request, Consumer<String> onToken);

  /** One embedding vector per text, in order. */
  CompletionStage<List<float[]>> embed(String model, List<String> texts);

  /** {@link #chat(LlmRequest)} authenticated with {@code credentials}. */
  default CompletionStage<LlmResponse> chat(LlmRequest request, LlmCredentials credentials) {
    return chat(request);
  }

  /** {@link #chatStream(LlmRequest, Consumer)} authenticated with {@code credentials}. */
  default CompletionStage<LlmResponse> chatStream(
      LlmRequest request, LlmCredentials credentials, Consumer<String> onToken) {
    return chatStream(request, onToken);
  }

  /** {@link #embed(String, List)} authenticated with {@code credentials}, with its usage. */
  default CompletionStage<Embeddings> embed(
      String model, List<String> texts, LlmCredentials credentials) {
    return embed(model, texts).thenApply(v -> new Embeddings(v, TokenUsage.NONE));
  }

  /**
   * Generates images, authenticated with {@code credentials}; {@code request.model()} is the
   * provider's model id. Providers without an image API keep this default, which fails with {@link
   * LlmProviderException.Kind#UNSUPPORTED}.
   *
   * @since 1.2
   */
  default CompletionStage<GeneratedImages> generateImages(
      ImageRequest request, LlmCredentials credentials) {
    return CompletableFuture.failedFuture(
        new LlmProviderException(
            LlmProviderException.Kind.UNSUPPORTED,
            "Image generation is not supported by this connector"));
  }
}
