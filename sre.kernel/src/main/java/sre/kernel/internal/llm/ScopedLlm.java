package sre.kernel.internal.llm;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import sre.api.llm.Embeddings;
import sre.api.llm.GeneratedImages;
import sre.api.llm.ImageRequest;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmRequester;
import sre.api.llm.LlmResponse;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessRole;

/** LLM calls of one candidate, through the kernel's policy ({@link LlmCalls}). */
final class ScopedLlm implements LlmRequester {
  private final AccessCandidate candidate;
  private final LlmCalls calls;

  ScopedLlm(AccessCandidate candidate, LlmCalls calls) {
    this.candidate = candidate;
    this.calls = calls;
  }

  @Override
  public CompletionStage<LlmResponse> chat(LlmRequest request) {
    if (denied()) {
      return denial(request.model());
    }
    return calls.call(
        candidate,
        request.model(),
        CallKind.CHAT,
        (c, modelId, credentials) -> c.chat(request.withModel(modelId), credentials),
        LlmResponse::usage,
        () -> true);
  }

  @Override
  public CompletionStage<LlmResponse> chatStream(LlmRequest request, Consumer<String> onToken) {
    if (denied()) {
      return denial(request.model());
    }
    // Once a token reached the caller, a retry would repeat text: only failures before it retry.
    AtomicBoolean started = new AtomicBoolean();
    Consumer<String> tracking =
        token -> {
          started.set(true);
          onToken.accept(token);
        };
    return calls.call(
        candidate,
        request.model(),
        CallKind.STREAM,
        (c, modelId, credentials) ->
            c.chatStream(request.withModel(modelId), credentials, tracking),
        LlmResponse::usage,
        () -> !started.get());
  }

  @Override
  public CompletionStage<List<float[]>> embed(String model, List<String> texts) {
    if (denied()) {
      return denial(model);
    }
    CompletableFuture<Embeddings> call =
        calls.call(
            candidate,
            model,
            CallKind.EMBED,
            (c, modelId, credentials) -> c.embed(modelId, texts, credentials),
            Embeddings::usage,
            () -> true);
    CompletableFuture<List<float[]>> vectors = call.thenApply(Embeddings::vectors);
    // A dependent stage does not pass cancellation upstream by itself.
    vectors.whenComplete(
        (v, e) -> {
          if (vectors.isCancelled()) {
            call.cancel(true);
          }
        });
    return vectors;
  }

  @Override
  public CompletionStage<GeneratedImages> generateImages(ImageRequest request) {
    if (denied()) {
      return denial(request.model());
    }
    return calls.call(
        candidate,
        request.model(),
        CallKind.IMAGE,
        (c, modelId, credentials) -> c.generateImages(request.withModel(modelId), credentials),
        GeneratedImages::usage,
        () -> true);
  }

  private boolean denied() {
    // Model calls cost money: anonymous callers reach them only through an agent.
    return candidate.role() == AccessRole.PUBLIC;
  }

  private <T> CompletionStage<T> denial(String model) {
    return CompletableFuture.failedFuture(
        new AccessDeniedException(candidate.read("llm:" + model)));
  }
}
