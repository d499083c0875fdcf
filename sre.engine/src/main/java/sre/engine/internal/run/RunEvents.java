package sre.engine.internal.run;

import java.util.Map;
import sre.api.agent.AgentResponse;
import sre.api.agent.RunEvent;
import sre.api.agent.RunListener;
import sre.engine.internal.graph.Node;

/** Emits a run's events; builds nothing when nobody listens. */
final class RunEvents {
  private final RunListener listener;
  private final String runId;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private final long[] componentStart;

  RunEvents(RunListener listener, String runId, int components) {
    this.listener = listener == null ? RunListener.NONE : listener;
    this.runId = runId;
    this.enabled = this.listener != RunListener.NONE;
    this.componentStart = enabled ? new long[components] : null;
  }

  void runStarted(String agentId, String method, String path) {
    if (enabled) {
      emit("run.started", null, Map.of("agentId", agentId, "method", method, "path", path));
    }
  }

  void componentStarted(Node node) {
    if (enabled) {
      componentStart[node.index()] = System.nanoTime();
      emit("component.started", node.id(), Map.of("name", node.name(), "title", node.title()));
    }
  }

  void componentFinished(Node node, Map<String, Object> output) {
    if (!enabled) {
      return;
    }
    long micros = (System.nanoTime() - componentStart[node.index()]) / 1000;
    emit(
        "component.finished",
        node.id(),
        Map.of("name", node.name(), "durationMicros", micros, "output", Records.jsonClone(output)));
    Object error = output.get("_error") != null ? output.get("_error") : output.get("error");
    if (error != null) {
      emit("component.error", node.id(), Map.of("name", node.name(), "error", error));
    }
  }

  void runFinished(AgentResponse response) {
    if (enabled) {
      long micros = (System.nanoTime() - startNanos) / 1000;
      emit("run.finished", null, Map.of("status", response.status(), "durationMicros", micros));
    }
  }

  private void emit(String type, String componentId, Map<String, Object> data) {
    try {
      listener.onEvent(new RunEvent(type, runId, componentId, System.currentTimeMillis(), data));
    } catch (RuntimeException e) {
      // a failing listener must not break the run it observes
    }
  }
}
