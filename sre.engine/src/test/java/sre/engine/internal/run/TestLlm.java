package sre.engine.internal.run;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import sre.api.llm.Llm;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmRequester;
import sre.api.llm.LlmResponse;
import sre.api.llm.TokenUsage;
import sre.api.llm.UnknownModelException;

/** SRE's Echo model only: chat echoes the first message, streaming the last user message. */
final class TestLlm implements Llm {
  @Override
  public LlmRequester requester(sre.api.security.AccessCandidate candidate) {
    return new LlmRequester() {
      @Override
      public CompletionStage<LlmResponse> chat(LlmRequest request) {
        if (!request.model().equalsIgnoreCase("echo")) {
          return CompletableFuture.failedFuture(new UnknownModelException(request.model()));
        }
        String text = request.messages().isEmpty() ? "" : request.messages().get(0).content();
        return CompletableFuture.completedFuture(new LlmResponse(text, "stop", TokenUsage.NONE));
      }

      @Override
      public CompletionStage<LlmResponse> chatStream(LlmRequest request, Consumer<String> onToken) {
        if (!request.model().equalsIgnoreCase("echo")) {
          return CompletableFuture.failedFuture(new UnknownModelException(request.model()));
        }
        String text = "";
        for (LlmMessage m : request.messages()) {
          if (m.role().equals("user")) {
            text = m.content();
          }
        }
        onToken.accept(text);
        return CompletableFuture.completedFuture(new LlmResponse(text, "stop", TokenUsage.NONE));
      }

      @Override
      public CompletionStage<List<float[]>> embed(String model, List<String> texts) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("embed"));
      }
    };
  }
}
