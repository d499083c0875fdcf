package sre.components.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import sre.api.llm.GeneratedImages;
import sre.api.llm.ImageRequest;
import sre.api.llm.Llm;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmRequester;
import sre.api.llm.LlmResponse;
import sre.api.security.AccessCandidate;

/** An LLM service for tests that generates images: records requests, answers a fixed result. */
final class ImageLlm implements Llm, LlmRequester {
  final List<ImageRequest> requests = new ArrayList<>();
  final List<AccessCandidate> candidates = new ArrayList<>();
  private final CompletionStage<GeneratedImages> answer;

  ImageLlm(CompletionStage<GeneratedImages> answer) {
    this.answer = answer;
  }

  @Override
  public synchronized LlmRequester requester(AccessCandidate candidate) {
    candidates.add(candidate);
    return this;
  }

  @Override
  public synchronized CompletionStage<GeneratedImages> generateImages(ImageRequest request) {
    requests.add(request);
    return answer;
  }

  @Override
  public CompletionStage<LlmResponse> chat(LlmRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("images only"));
  }

  @Override
  public CompletionStage<LlmResponse> chatStream(LlmRequest request, Consumer<String> onToken) {
    return chat(request);
  }

  @Override
  public CompletionStage<List<float[]>> embed(String model, List<String> texts) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("images only"));
  }
}
