package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.component.ComponentCall;
import sre.api.component.RunContext;
import sre.api.security.AccessCandidate;

class ComponentHostComponentTest {
  /** A custom component: upper-cases its {@code Text} input, refuses a {@code mode} of "bad". */
  static final class Shout implements sre.api.component.Component {
    final List<ComponentCall> calls = new ArrayList<>();

    @Override
    public Optional<String> validateConfig(Map<String, Object> config) {
      return "bad".equals(config.get("mode"))
          ? Optional.of("\"mode\" must be one of [loud]")
          : Optional.empty();
    }

    @Override
    public CompletionStage<Map<String, Object>> process(ComponentCall call) {
      calls.add(call);
      return CompletableFuture.completedFuture(
          Map.of("Output", String.valueOf(call.inputs().get("Text")).toUpperCase()));
    }
  }

  private final Shout shout = new Shout();
  private final RunContext run =
      TestCalls.run(
          new AgentRequest(
              "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
          Map.of(),
          Map.of(),
          Map.of("Shout", shout));

  @Test
  void handsTheCallUnchangedToTheNamedComponent() {
    ComponentCall call =
        TestCalls.call(Map.of("_component", "Shout"), Map.of("Text", "hello"), run, "Text");

    Map<String, Object> out = result(new ComponentHostComponent().process(call));

    assertThat(out).containsExactly(Map.entry("Output", "HELLO"));
    assertThat(shout.calls).containsExactly(call);
  }

  @Test
  void theTargetChecksItsOwnSettings() {
    Map<String, Object> out =
        result(
            new ComponentHostComponent()
                .process(
                    TestCalls.call(
                        Map.of("_component", "Shout", "mode", "bad"), Map.of("Text", "x"), run)));

    assertThat(out)
        .containsExactly(
            Map.entry(
                "_error",
                "Custom component \"Shout\": invalid settings: \"mode\" must be one of [loud]"));
    assertThat(shout.calls).isEmpty();
  }

  @Test
  void anUnknownOrMissingNameIsAnError() {
    assertThat(
            result(
                new ComponentHostComponent()
                    .process(TestCalls.call(Map.of("_component", "MyThing"), Map.of(), run))))
        .containsExactly(Map.entry("_error", "Custom component \"MyThing\" is not available"));
    assertThat(
            result(new ComponentHostComponent().process(TestCalls.call(Map.of(), Map.of(), run))))
        .containsExactly(
            Map.entry("_error", "ComponentHost: no custom component named in _component"));
    assertThat(
            result(
                new ComponentHostComponent()
                    .process(TestCalls.call(Map.of("_component", "ComponentHost"), Map.of(), run))))
        .containsExactly(Map.entry("_error", "ComponentHost: a host cannot host itself"));
  }

  @Test
  void aFailingTargetBecomesAnError() {
    sre.api.component.Component broken =
        call -> CompletableFuture.failedFuture(new IllegalStateException("disk full"));
    RunContext withBroken =
        TestCalls.run(
            new AgentRequest(
                "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of(),
            Map.of(),
            Map.of("Broken", broken));

    assertThat(
            result(
                new ComponentHostComponent()
                    .process(TestCalls.call(Map.of("_component", "Broken"), Map.of(), withBroken))))
        .containsExactly(Map.entry("_error", "disk full"));
  }
}
