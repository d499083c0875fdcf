package sre.api.llm;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * LLM calls bound to one candidate. An unknown model fails the stage with {@link
 * UnknownModelException}.
 */
@ProviderType
public interface LlmRequester {
  CompletionStage<LlmResponse> chat(LlmRequest request);

  CompletionStage<LlmResponse> chatStream(LlmRequest request, Consumer<String> onToken);

  CompletionStage<List<float[]>> embed(String model, List<String> texts);

  /**
   * Generates images with an image model ({@code dall-e-3}, {@code gpt-image-1}...). A model or
   * provider without image generation fails the stage with {@link LlmProviderException} of kind
   * {@link LlmProviderException.Kind#UNSUPPORTED}.
   *
   * @since 1.2
   */
  default CompletionStage<GeneratedImages> generateImages(ImageRequest request) {
    return CompletableFuture.failedFuture(
        new LlmProviderException(
            LlmProviderException.Kind.UNSUPPORTED,
            "Image generation is not offered by this LLM service"));
  }
}
