package sre.engine.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentResponse;
import sre.api.agent.RunInfo;
import sre.api.agent.RunInfo.State;
import sre.api.security.AccessCandidate;

class RunRegistryTest {
  private static final AccessCandidate CALLER = AccessCandidate.user("ada");

  @Test
  void historyKeepsOnlyTheMostRecentRuns() {
    RunRegistry registry = new RunRegistry(5);
    for (int i = 0; i < 12; i++) {
      registry.started("R" + i, "a", "/api/x", CALLER, new KillSwitch());
      registry.ended("R" + i, new AgentResponse(200, Map.of()), null);
    }
    assertThat(registry.runningCount()).isZero();
    assertThat(registry.runs())
        .extracting(RunInfo::runId)
        .containsExactly("R11", "R10", "R9", "R8", "R7");
  }

  @Test
  void runningRunsComeFirstAndEndInTheirState() {
    RunRegistry registry = new RunRegistry();
    registry.started("ok", "a", "/api/x", CALLER, new KillSwitch());
    registry.started("bad", "a", "/api/x", CALLER, new KillSwitch());
    registry.started("threw", "a", "/api/x", CALLER, new KillSwitch());
    registry.started("live", "a", "/api/x", CALLER, new KillSwitch());
    registry.ended("ok", new AgentResponse(200, Map.of("Output", 1L)), null);
    registry.ended("bad", new AgentResponse(200, Map.of("error", "Endpoint not found")), null);
    registry.ended("threw", null, new IllegalStateException("no vault"));

    assertThat(registry.runs().get(0).runId()).isEqualTo("live");
    assertThat(registry.runs())
        .extracting(RunInfo::runId, RunInfo::state)
        .contains(
            org.assertj.core.groups.Tuple.tuple("live", State.RUNNING),
            org.assertj.core.groups.Tuple.tuple("ok", State.DONE),
            org.assertj.core.groups.Tuple.tuple("bad", State.FAILED),
            org.assertj.core.groups.Tuple.tuple("threw", State.FAILED));
  }

  @Test
  void cancelKillsOnceAndOnlyRunningRuns() {
    RunRegistry registry = new RunRegistry();
    KillSwitch kill = new KillSwitch();
    registry.started("R1", "a", "/api/x", CALLER, kill);

    assertThat(registry.cancel("R1")).isTrue();
    assertThat(kill.reason()).isEqualTo(RunRegistry.CANCEL_REASON);
    assertThat(registry.cancel("R1")).isFalse();
    assertThat(registry.cancel("unknown")).isFalse();

    registry.ended("R1", new AgentResponse(200, Map.of("error", "AGENT_KILLED")), null);
    assertThat(registry.runs())
        .singleElement()
        .extracting(RunInfo::state)
        .isEqualTo(State.CANCELLED);
    assertThat(registry.cancel("R1")).isFalse();
  }
}
