package sre.connector.lc4j;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import sre.api.llm.Embeddings;
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmCredentials;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;

/**
 * Base of the provider connectors: the kernel always calls the variants that carry the API key it
 * resolved from the vault; the key-less variants of the SPI are those with no key.
 */
public abstract class KeyedLlmConnector implements LlmConnector {
  @Override
  public final CompletionStage<LlmResponse> chat(LlmRequest request) {
    return chat(request, LlmCredentials.NONE);
  }

  @Override
  public final CompletionStage<LlmResponse> chatStream(
      LlmRequest request, Consumer<String> onToken) {
    return chatStream(request, LlmCredentials.NONE, onToken);
  }

  @Override
  public final CompletionStage<List<float[]>> embed(String model, List<String> texts) {
    return embed(model, texts, LlmCredentials.NONE).thenApply(Embeddings::vectors);
  }

  @Override
  public abstract CompletionStage<LlmResponse> chat(LlmRequest request, LlmCredentials credentials);

  @Override
  public abstract CompletionStage<LlmResponse> chatStream(
      LlmRequest request, LlmCredentials credentials, Consumer<String> onToken);

  @Override
  public abstract CompletionStage<Embeddings> embed(
      String model, List<String> texts, LlmCredentials credentials);
}
