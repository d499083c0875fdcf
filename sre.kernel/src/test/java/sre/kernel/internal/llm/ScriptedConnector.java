package sre.kernel.internal.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import sre.api.llm.Embeddings;
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmCredentials;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.api.llm.TokenUsage;

/** A connector answering from a script, recording what it was asked and with which key. */
final class ScriptedConnector implements LlmConnector {
  /** One scripted attempt: may send tokens, then answers or fails. */
  @FunctionalInterface
  interface Step {
    CompletableFuture<LlmResponse> run(Consumer<String> onToken);
  }

  private final Set<String> models;
  private final Queue<Step> script = new ConcurrentLinkedQueue<>();
  final List<LlmRequest> requests = new ArrayList<>();
  final List<String> keys = new ArrayList<>();
  final List<CompletableFuture<LlmResponse>> issued = new ArrayList<>();

  ScriptedConnector(String... models) {
    this.models = Set.of(models);
  }

  ScriptedConnector then(Step step) {
    script.add(step);
    return this;
  }

  static Step answer(String text, long in, long out) {
    return t ->
        CompletableFuture.completedFuture(new LlmResponse(text, "stop", new TokenUsage(in, out)));
  }

  static Step fail(RuntimeException e) {
    return t -> CompletableFuture.failedFuture(e);
  }

  static Step hang() {
    return t -> new CompletableFuture<>();
  }

  @Override
  public Set<String> models() {
    return models;
  }

  @Override
  public CompletionStage<LlmResponse> chat(LlmRequest request) {
    return chat(request, LlmCredentials.NONE);
  }

  @Override
  public CompletionStage<LlmResponse> chatStream(LlmRequest request, Consumer<String> onToken) {
    return chatStream(request, LlmCredentials.NONE, onToken);
  }

  @Override
  public CompletionStage<List<float[]>> embed(String model, List<String> texts) {
    return CompletableFuture.completedFuture(texts.stream().map(t -> new float[] {1f}).toList());
  }

  @Override
  public synchronized CompletionStage<LlmResponse> chat(LlmRequest request, LlmCredentials c) {
    return next(request, c, t -> {});
  }

  @Override
  public synchronized CompletionStage<LlmResponse> chatStream(
      LlmRequest request, LlmCredentials c, Consumer<String> onToken) {
    return next(request, c, onToken);
  }

  @Override
  public CompletionStage<Embeddings> embed(String model, List<String> texts, LlmCredentials c) {
    keys.add(c.apiKey());
    return CompletableFuture.completedFuture(
        new Embeddings(
            texts.stream().map(t -> new float[] {1f}).toList(), new TokenUsage(texts.size(), 0)));
  }

  private CompletableFuture<LlmResponse> next(
      LlmRequest request, LlmCredentials c, Consumer<String> onToken) {
    requests.add(request);
    keys.add(c.apiKey());
    Step step = script.poll();
    CompletableFuture<LlmResponse> f =
        step == null
            ? CompletableFuture.failedFuture(new IllegalStateException("script exhausted"))
            : step.run(onToken);
    issued.add(f);
    return f;
  }

  int calls() {
    return requests.size();
  }
}
