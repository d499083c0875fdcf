package sre.api.llm;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * LLM provider SPI: I/O with one provider. Retries, usage accounting, access checks and key
 * resolution are the kernel's. Stages complete without holding a thread while the provider answers.
 */
@ConsumerType
public interface LlmConnector {
  /** Model names this connector serves (e.g. {@code Echo}); empty means any name routed to it. */
  Set<String> models();

  CompletionStage<LlmResponse> chat(LlmRequest request);

  /** Streams text chunks to {@code onToken} as they arrive; completes with the whole answer. */
  CompletionStage<LlmResponse> chatStream(LlmRequest request, Consumer<String> onToken);

  /** One embedding vector per text, in order. */
  CompletionStage<List<float[]>> embed(String model, List<String> texts);
}
