package sre.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sre.api.runtime.Readiness;
import sre.api.runtime.Runtime;

/** {@code sre status}: the boot steps, readiness and connectors; exit 0 only when ready. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Waits for the runtime to boot, then prints the six boot steps, readiness and which"
          + " connector serves each subsystem.",
      "Exit code 0 when ready, 1 when not ready within the timeout."
    })
final class StatusCommand implements Callable<Integer> {
  private final Services services;

  @Spec private CommandSpec spec;

  @Option(
      names = "--timeout",
      paramLabel = "<seconds>",
      defaultValue = "30",
      description = "How long to wait for readiness (default: ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  StatusCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Deadline deadline = Deadline.in(Duration.ofSeconds(timeoutSeconds));

    boolean kernelUp = services.await(Runtime.class, deadline).isPresent();
    if (services.stopping()) {
      return ExitCode.STOPPED;
    }
    if (!kernelUp) {
      err.printf(
          "sre status: no kernel after %d s (no %s service registered)%n",
          timeoutSeconds, Runtime.class.getName());
      explain(err);
      return ExitCode.NOT_READY;
    }
    Optional<Readiness> readiness = services.await(Readiness.class, deadline);
    long uptime = services.uptimeMillis();
    if (services.stopping()) {
      return ExitCode.STOPPED;
    }
    // Read the kernel after readiness settled, so the table shows the state we judge.
    Optional<Runtime> runtime = services.current(Runtime.class);
    if (runtime.isEmpty()) {
      err.println("sre status: the kernel went away while waiting for readiness");
      explain(err);
      return ExitCode.NOT_READY;
    }
    OptionalLong bootMillis =
        readiness.map(r -> OptionalLong.of(r.bootMillis())).orElse(OptionalLong.empty());
    StatusReport report =
        new StatusReport(runtime.get().steps(), runtime.get().connectors(), bootMillis, uptime);
    out.print(report.render());
    out.flush();
    if (report.ready()) {
      return ExitCode.OK;
    }
    err.printf(
        "sre status: not ready after %d s; waiting for %s%n",
        timeoutSeconds,
        report.waitingFor().isEmpty() ? "readiness" : String.join(", ", report.waitingFor()));
    explain(err);
    return ExitCode.NOT_READY;
  }

  /** Names what in the framework is not up, so a timeout says where to look. */
  private void explain(PrintWriter err) {
    List<String> reasons = services.notUp();
    if (!reasons.isEmpty()) {
      err.println("Not up in the framework:");
      reasons.forEach(reason -> err.println("  " + reason));
    } else {
      err.println("Every bundle is active and every component satisfied.");
    }
  }
}
