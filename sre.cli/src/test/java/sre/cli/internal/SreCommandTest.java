package sre.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import sre.api.runtime.Readiness;
import sre.api.runtime.Runtime;

class SreCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Services services, String... arguments) {
    return SreCommand.execute(
        services, new PrintWriter(out, true), new PrintWriter(err, true), arguments);
  }

  private static FakeServices readyRuntime() {
    Readiness readiness = () -> 412;
    return new FakeServices()
        .with(Runtime.class, SampleRuntime.ready())
        .with(Readiness.class, readiness);
  }

  @Test
  void statusPrintsTheTableAndExitsZeroWhenReady() {
    assertThat(run(readyRuntime(), "status")).isZero();

    assertThat(out.toString())
        .startsWith("Boot steps\n")
        .contains("Readiness: READY in 412 ms after kernel start, JVM uptime 1234 ms")
        .contains("Connectors\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void statusWithoutKernelTimesOutNamingTheMissingServiceAndWhatIsNotUp() {
    FakeServices noKernel =
        new FakeServices().notUp("bundle sre.kernel is INSTALLED (not resolved)");

    assertThat(run(noKernel, "status", "--timeout", "1")).isEqualTo(1);

    assertThat(err.toString())
        .contains("no kernel after 1 s (no sre.api.runtime.Runtime service registered)")
        .contains("  bundle sre.kernel is INSTALLED (not resolved)");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void statusNotReadyPrintsTheTableAndWhatIsAwaited() {
    FakeServices waiting = new FakeServices().with(Runtime.class, SampleRuntime.waitingForVault());

    assertThat(run(waiting, "status", "--timeout=2")).isEqualTo(1);

    assertThat(out.toString()).contains("Readiness: NOT READY, waiting for Vault");
    assertThat(err.toString())
        .contains("not ready after 2 s; waiting for Vault\n")
        .contains("Every bundle is active and every component satisfied.");
  }

  @Test
  void serveWaitsForReadinessThenForShutdown() {
    FakeServices services = readyRuntime();

    assertThat(run(services, "serve")).isZero();

    assertThat(out.toString()).startsWith("SRE ready in 412 ms (pid ");
    assertThat(services.shutdownAwaited).isTrue();
  }

  @Test
  void serveGivesUpWhenNeverReady() {
    assertThat(run(new FakeServices(), "serve", "--timeout", "1")).isEqualTo(1);

    assertThat(err.toString()).contains("not ready after 1 s");
  }

  @Test
  void stoppingWhileWaitingEndsQuietly() {
    FakeServices stopping = new FakeServices();
    stopping.stopping = true;

    assertThat(run(stopping, "serve")).isEqualTo(ExitCode.STOPPED);
    assertThat(run(stopping, "status")).isEqualTo(ExitCode.STOPPED);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run(new FakeServices(), "--help")).isZero();

    assertThat(out.toString())
        .contains(
            "Usage: sre", "status", "serve", "run", "conformance", "bench", "SRE_HOME", "SRE_LOG");
  }

  @Test
  void unknownCommandIsAUsageErrorWithASuggestion() {
    assertThat(run(new FakeServices(), "stauts")).isEqualTo(2);

    assertThat(err.toString()).contains("Unmatched argument at index 0: 'stauts'", "status");
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(run(new FakeServices())).isEqualTo(2);

    assertThat(err.toString()).contains("Missing command", "Usage: sre");
  }

  @Test
  void verboseIsAcceptedBeforeAndAfterTheSubcommand() {
    assertThat(run(readyRuntime(), "-v", "status")).isZero();
    assertThat(run(readyRuntime(), "status", "--verbose")).isZero();
  }

  @Test
  void failuresAreOneLineUnlessVerbose() {
    FakeServices broken = new FakeServices().with(Runtime.class, new ThrowingRuntime());

    assertThat(run(broken, "status", "--timeout", "1")).isEqualTo(1);
    assertThat(err.toString())
        .contains("sre status: java.lang.IllegalStateException: kernel broke")
        .doesNotContain("\tat ");

    err.getBuffer().setLength(0);
    assertThat(run(broken, "--verbose", "status", "--timeout", "1")).isEqualTo(1);
    assertThat(err.toString()).contains("\tat ");
  }

  /** A kernel whose view throws, as a buggy or stopping kernel could. */
  private static final class ThrowingRuntime implements Runtime {
    @Override
    public java.util.List<sre.api.runtime.BootStep> steps() {
      throw new IllegalStateException("kernel broke");
    }

    @Override
    public java.util.List<sre.api.runtime.ConnectorBinding> connectors() {
      return java.util.List.of();
    }

    @Override
    public boolean isReady() {
      return false;
    }
  }
}
