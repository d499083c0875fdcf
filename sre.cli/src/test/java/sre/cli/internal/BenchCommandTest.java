package sre.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sre.api.agent.AgentResponse;
import sre.api.component.support.Json;

class BenchCommandTest {
  @TempDir Path dir;
  private final CommandLines cli = new CommandLines();

  @Test
  void measuresRunsInFlightAndEndsWithTheJsonSummary() throws IOException {
    Path agent = Files.writeString(dir.resolve("a.smyth"), "{}");
    // Each run completes a millisecond later on the delay scheduler: a run that waits, as FSleep.
    FakeRunner waiting =
        new FakeRunner(
            r ->
                CompletableFuture.supplyAsync(
                    () -> new AgentResponse(200, Map.of()),
                    CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS)));

    int exit =
        cli.run(
            CommandLines.readyWith(waiting),
            "bench",
            agent.toString(),
            "POST",
            "/api/x",
            "--body",
            "{\"text\":\"hi\"}",
            "--seconds",
            "1",
            "--warmup",
            "0",
            "--concurrency",
            "4");

    assertThat(exit).isZero();
    String last = cli.out.toString().lines().reduce((a, b) -> b).orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = (Map<String, Object>) Json.parse(last);
    assertThat(summary).containsOnlyKeys("runs_per_s", "p50_us", "p99_us", "concurrency");
    assertThat(summary.get("concurrency")).isEqualTo(4L);
    assertThat(((Number) summary.get("runs_per_s")).doubleValue()).isPositive();
    assertThat(((Number) summary.get("p50_us")).doubleValue()).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void aBrokenAgentFailsOnceWithItsReason() throws IOException {
    Path agent = Files.writeString(dir.resolve("a.smyth"), "{");
    FakeRunner rejecting =
        new FakeRunner(
            r -> CompletableFuture.failedFuture(new IllegalArgumentException("not valid JSON")));

    assertThat(
            cli.run(CommandLines.readyWith(rejecting), "bench", agent.toString(), "POST", "/api/x"))
        .isEqualTo(1);
    assertThat(cli.err.toString()).isEqualTo("sre bench: " + agent + ": not valid JSON\n");
    assertThat(rejecting.requests).hasSize(1);
  }

  @Test
  void concurrencyBelowOneIsAUsageError() throws IOException {
    Path agent = Files.writeString(dir.resolve("a.smyth"), "{}");

    assertThat(
            cli.run(
                CommandLines.readyWith(FakeRunner.echoingBody()),
                "bench",
                agent.toString(),
                "POST",
                "/api/x",
                "--concurrency",
                "0"))
        .isEqualTo(2);
  }
}
