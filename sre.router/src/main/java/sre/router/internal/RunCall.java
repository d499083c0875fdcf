package sre.router.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentSource;
import sre.api.agent.RunListener;

/**
 * One run over HTTP, after routing, auth and limits: answers with the run's data as JSON, or
 * streams its events as SSE ending with the result. No thread waits for the run: the answer is
 * written when the run's stage completes (or the timeout fires first).
 */
final class RunCall {
  private final Exchange exchange;
  private final AgentSource agent;
  private final AgentSpec spec;
  private final AgentRequest request;
  private final long timeoutMillis;

  RunCall(
      Exchange exchange,
      AgentSource agent,
      AgentSpec spec,
      AgentRequest request,
      long timeoutMillis) {
    this.exchange = exchange;
    this.agent = agent;
    this.spec = spec;
    this.request = request;
    this.timeoutMillis = timeoutMillis;
  }

  /** Starts the run; the returned stage completes when the run itself ends (to free its slot). */
  CompletionStage<AgentResponse> start(AgentRunner runner, boolean stream) {
    return stream ? streamed(runner) : plain(runner);
  }

  private CompletionStage<AgentResponse> plain(AgentRunner runner) {
    CompletionStage<AgentResponse> run = runner.run(agent, request, RunListener.NONE);
    withTimeout(run)
        .whenComplete(
            (response, failure) -> {
              if (failure == null) {
                exchange.json(response.status(), response.data());
              } else if (failure instanceof TimeoutException) {
                exchange.fail(timeout());
              } else {
                exchange.fail(failure);
              }
            });
    return run;
  }

  private CompletionStage<AgentResponse> streamed(AgentRunner runner) {
    SseEvents events = new SseEvents(spec.id(), spec.name(), request.path());
    exchange.startStream();
    send(events.started());
    // Events arrive in order on the run's threads; the channel queues them without blocking.
    RunListener listener =
        event -> {
          SseEvents.Frame frame = events.frame(event);
          if (frame != null && exchange.isOpen()) {
            send(frame);
          }
        };
    CompletionStage<AgentResponse> run = runner.run(agent, request, listener);
    withTimeout(run)
        .whenComplete(
            (response, failure) -> {
              if (failure == null) {
                send(events.finished(response));
              } else if (failure instanceof TimeoutException) {
                send(events.failed(504, timeout().getMessage()));
              } else {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                send(events.failed(500, "Run failed: " + String.valueOf(cause.getMessage())));
              }
              exchange.endStream();
            });
    return run;
  }

  private void send(SseEvents.Frame frame) {
    exchange.event(frame.name(), frame.data());
  }

  /** A copy of the run's stage that fails after the timeout; the run's own stage is untouched. */
  private CompletableFuture<AgentResponse> withTimeout(CompletionStage<AgentResponse> run) {
    return run.toCompletableFuture().copy().orTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  private HttpProblem timeout() {
    return new HttpProblem(504, "Run did not finish within " + timeoutMillis + " ms");
  }

  /** Required inputs of the endpoint that the request does not carry (SRE reads query for GET). */
  static List<String> missingInputs(
      AgentSpec.Endpoint endpoint, Object body, Map<String, Object> query) {
    Object source = "GET".equals(endpoint.method()) ? query : body;
    Map<?, ?> values = source instanceof Map<?, ?> m ? m : Map.of();
    return endpoint.inputs().stream()
        .filter(i -> !i.optional() && !i.hasDefault())
        .filter(i -> values.get(i.name()) == null || "".equals(values.get(i.name())))
        .map(AgentSpec.Input::name)
        .toList();
  }
}
