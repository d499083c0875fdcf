package sre.router.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sre.api.agent.AgentResponse;
import sre.api.agent.RunEvent;

/**
 * A run's events under SRE's SSE names (spec §5.13): {@code agent} (callStart / callStop, the last
 * event, carrying the result), {@code component} (callStart / callStop / log), {@code
 * llm/passthrough/content} and {@code llm/passthrough/thinking} (raw text). Engine events SRE has
 * no name for keep the engine's type as event name.
 */
final class SseEvents {
  /** One SSE frame to send: event name and its data (a JSON value or raw text). */
  record Frame(String name, Object data) {}

  private final String agentId;
  private final String agentName;
  private final String endpointPath;
  private final long startTime = System.currentTimeMillis();
  private final long startNanos = System.nanoTime();

  SseEvents(String agentId, String agentName, String endpointPath) {
    this.agentId = agentId;
    this.agentName = agentName;
    this.endpointPath = endpointPath;
  }

  /** The frame for an engine event; null for events the router sends itself (run start/end). */
  Frame frame(RunEvent event) {
    Map<String, Object> d = event.data() == null ? Map.of() : event.data();
    return switch (event.type()) {
      case "run.started", "run.finished" -> null;
      case "component.started" -> {
        Map<String, Object> data = component("callStart", event, d);
        data.put("startTime", event.timeMillis());
        yield new Frame("component", data);
      }
      case "component.finished" -> {
        Map<String, Object> data = component("callStop", event, d);
        data.put("endTime", event.timeMillis());
        Object micros = d.get("durationMicros");
        if (micros instanceof Number n) {
          data.put("duration", n.longValue() / 1000);
        }
        data.put("output", d.get("output"));
        yield new Frame("component", data);
      }
      case "component.error" -> {
        Map<String, Object> data = component("log", event, d);
        data.put(
            "logs", List.of(Map.of("level", "error", "message", String.valueOf(d.get("error")))));
        yield new Frame("component", data);
      }
      case "llm.token", "llm.content" -> new Frame("llm/passthrough/content", text(d));
      case "llm.thinking" -> new Frame("llm/passthrough/thinking", text(d));
      default -> new Frame(event.type(), d);
    };
  }

  Frame started() {
    Map<String, Object> data = agent("callStart");
    data.put("startTime", startTime);
    return new Frame("agent", data);
  }

  /** The last frame: the run's result (SRE's agent callStop), with the HTTP-like status. */
  Frame finished(AgentResponse response) {
    Map<String, Object> data = agent("callStop");
    data.put("startTime", startTime);
    data.put("endTime", System.currentTimeMillis());
    data.put("duration", (System.nanoTime() - startNanos) / 1_000_000);
    data.put("status", response.status());
    data.put("result", response.data());
    return new Frame("agent", data);
  }

  /** A failure after the stream started (timeout, fault): SRE's callStop with {@code error}. */
  Frame failed(int status, String message) {
    Map<String, Object> data = agent("callStop");
    data.put("endTime", System.currentTimeMillis());
    data.put("status", status);
    data.put("error", message);
    return new Frame("agent", data);
  }

  private Map<String, Object> agent(String action) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("action", action);
    data.put("id", agentId);
    data.put("name", agentName);
    data.put("endpointPath", endpointPath);
    return data;
  }

  private static Map<String, Object> component(
      String action, RunEvent event, Map<String, Object> d) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("action", action);
    data.put("eventId", event.runId() + ":" + event.componentId());
    data.put("id", event.componentId());
    data.put("name", d.get("name"));
    if (d.get("title") != null) {
      data.put("title", d.get("title"));
    }
    return data;
  }

  private static String text(Map<String, Object> d) {
    for (String key : List.of("content", "text", "token", "thinking")) {
      if (d.get(key) instanceof String s) {
        return s;
      }
    }
    return "";
  }
}
