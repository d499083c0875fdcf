package sre.connector.local.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import sre.api.log.CallLog;

class ConsoleLogTest {

  @Test
  void logCompletesForFullAndSparseEntries() {
    ConsoleLog log = new ConsoleLog();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");

    assertThat(
            log.log(
                    new CallLog(
                        "agent-1",
                        "run-1",
                        "c1",
                        "APIEndpoint",
                        "{}",
                        "{}",
                        start,
                        start.plusMillis(5),
                        null))
                .toCompletableFuture())
        .isCompleted();
    assertThat(
            log.log(new CallLog("a", "r", "c", "s", null, null, null, null, "boom"))
                .toCompletableFuture())
        .isCompleted();
  }
}
