package sre.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import sre.api.agent.RunInfo;
import sre.api.agent.RunInfo.State;
import sre.api.security.AccessCandidate;

class RunCommandsTest {
  private final FakeRuns runs =
      new FakeRuns(
          List.of(
              run("R1", State.RUNNING, AccessCandidate.user("ada"), Duration.ofMillis(1500)),
              run("R2", State.RUNNING, AccessCandidate.anonymous(), Duration.ofSeconds(42)),
              run("R0", State.CANCELLED, AccessCandidate.team("t1"), Duration.ofMillis(7))));

  private static RunInfo run(String id, State state, AccessCandidate caller, Duration d) {
    return new RunInfo(id, "greeter", "/api/greet", caller, state, Instant.EPOCH, d);
  }

  private static String printed(RunListCommand list) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    list.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runListShowsEveryColumn() {
    RunListCommand list = new RunListCommand();
    list.runs = runs;
    String out = printed(list);
    assertThat(out).contains("Run", "Agent", "Endpoint", "State", "Duration", "Caller");
    assertThat(out).contains("R1", "greeter", "/api/greet", "RUNNING", "1500 ms", "user:ada");
    assertThat(out).contains("42.0 s", "R0", "CANCELLED", "team:t1");
  }

  @Test
  void runListFiltersRunningAndSaysWhenEmpty() {
    RunListCommand list = new RunListCommand();
    list.runs = runs;
    list.runningOnly = true;
    assertThat(printed(list)).contains("R1", "R2").doesNotContain("CANCELLED");
    list.runs = new FakeRuns(List.of());
    assertThat(printed(list)).contains("no runs");
  }

  @Test
  void runCancelReportsWhatHappened() {
    RunCancelCommand cancel = new RunCancelCommand();
    cancel.runs = runs;
    cancel.runId = "R1";
    assertThat(cancel.result()).isEqualTo("Run R1 cancelled");
    cancel.runId = "R0";
    assertThat(cancel.result()).contains("R0 is not running");
    assertThat(runs.cancelled()).containsExactly("R1");
  }

  @Test
  void completerOffersOnlyRunningRuns() {
    RunningRunCompleter completer = new RunningRunCompleter();
    assertThat(completer.runningIds()).isEmpty();
    completer.runs = runs;
    assertThat(completer.runningIds()).containsExactly("R1", "R2");
  }
}
