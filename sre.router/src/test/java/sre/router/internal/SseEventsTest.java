package sre.router.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentResponse;
import sre.api.agent.RunEvent;

class SseEventsTest {
  private final SseEvents events = new SseEvents("a1", "Agent one", "/api/greet");

  @Test
  void namesEngineEventsAsSre() {
    SseEvents.Frame started =
        events.frame(
            new RunEvent(
                "component.started", "R1", "EP", 5, Map.of("name", "APIEndpoint", "title", "t")));
    assertThat(started.name()).isEqualTo("component");
    assertThat(data(started))
        .containsEntry("action", "callStart")
        .containsEntry("id", "EP")
        .containsEntry("name", "APIEndpoint")
        .containsEntry("startTime", 5L);

    SseEvents.Frame finished =
        events.frame(
            new RunEvent(
                "component.finished",
                "R1",
                "EP",
                9,
                Map.of("name", "APIEndpoint", "durationMicros", 3000L, "output", Map.of("x", 1))));
    assertThat(data(finished))
        .containsEntry("action", "callStop")
        .containsEntry("duration", 3L)
        .containsEntry("output", Map.of("x", 1));

    SseEvents.Frame error =
        events.frame(
            new RunEvent("component.error", "R1", "EP", 9, Map.of("name", "X", "error", "boom")));
    assertThat(data(error))
        .containsEntry("action", "log")
        .containsEntry("logs", List.of(Map.of("level", "error", "message", "boom")));

    assertThat(events.frame(new RunEvent("llm.token", "R1", "L", 1, Map.of("content", "Hel"))))
        .isEqualTo(new SseEvents.Frame("llm/passthrough/content", "Hel"));
    // the router sends the agent start/stop itself, the stop with the result
    assertThat(events.frame(new RunEvent("run.finished", "R1", null, 1, Map.of()))).isNull();
  }

  @Test
  void endsWithTheResultAsSresAgentCallStop() {
    SseEvents.Frame last = events.finished(new AgentResponse(200, Map.of("greeting", "hi")));
    assertThat(last.name()).isEqualTo("agent");
    assertThat(data(last))
        .containsEntry("action", "callStop")
        .containsEntry("id", "a1")
        .containsEntry("endpointPath", "/api/greet")
        .containsEntry("status", 200)
        .containsEntry("result", Map.of("greeting", "hi"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(SseEvents.Frame frame) {
    return (Map<String, Object>) frame.data();
  }
}
