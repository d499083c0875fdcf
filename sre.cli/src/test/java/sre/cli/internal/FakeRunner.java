package sre.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentSource;
import sre.api.agent.RunListener;

/** An engine that answers every request with a function of it, and remembers what it ran. */
final class FakeRunner implements AgentRunner {
  private final Function<AgentRequest, CompletionStage<AgentResponse>> answer;
  final List<AgentSource> sources = new ArrayList<>();
  final List<AgentRequest> requests = new ArrayList<>();

  FakeRunner(Function<AgentRequest, CompletionStage<AgentResponse>> answer) {
    this.answer = answer;
  }

  /** Answers with the request body as data, at once. */
  static FakeRunner echoingBody() {
    return new FakeRunner(
        request -> CompletableFuture.completedFuture(new AgentResponse(200, request.body())));
  }

  @Override
  public CompletionStage<AgentResponse> run(
      String agent, AgentRequest request, RunListener listener) {
    throw new UnsupportedOperationException("the CLI runs files, not agents by id");
  }

  @Override
  public synchronized CompletionStage<AgentResponse> run(
      AgentSource agent, AgentRequest request, RunListener listener) {
    sources.add(agent);
    requests.add(request);
    return answer.apply(request);
  }
}
