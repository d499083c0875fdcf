package sre.components.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import sre.api.llm.Llm;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmRequester;
import sre.api.llm.LlmResponse;

/** An LLM service for tests: records requests, answers a fixed reply, embeds deterministically. */
final class RecordingLlm implements Llm, LlmRequester {
  final List<LlmRequest> requests = new ArrayList<>();
  private final String reply;

  RecordingLlm(String reply) {
    this.reply = reply;
  }

  @Override
  public LlmRequester requester(sre.api.security.AccessCandidate candidate) {
    return this;
  }

  @Override
  public synchronized CompletionStage<LlmResponse> chat(LlmRequest request) {
    requests.add(request);
    return CompletableFuture.completedFuture(
        new LlmResponse(reply, "stop", sre.api.llm.TokenUsage.NONE));
  }

  @Override
  public CompletionStage<LlmResponse> chatStream(LlmRequest request, Consumer<String> onToken) {
    return chat(request);
  }

  @Override
  public CompletionStage<List<float[]>> embed(String model, List<String> texts) {
    List<float[]> out = new ArrayList<>();
    for (String t : texts) {
      float[] v = new float[8];
      for (int i = 0; i < t.length(); i++) {
        v[t.charAt(i) % 8] += 1;
      }
      out.add(v);
    }
    return CompletableFuture.completedFuture(out);
  }
}
