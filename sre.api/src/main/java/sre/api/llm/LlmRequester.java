package sre.api.llm;

import java.util.List;
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
}
