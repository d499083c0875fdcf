package sre.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sre.api.runtime.Readiness;

/**
 * {@code sre serve}: the background mode. Keeps the framework running until Ctrl-C or SIGTERM;
 * whatever is installed (the HTTP router, later) serves meanwhile.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the runtime and keeps it running until Ctrl-C or SIGTERM, which stop the framework"
          + " cleanly first.",
      "Prints one line on standard output when ready: 'SRE ready in <ms> ms (pid <pid>)...'.",
      "Exit code 1 when not ready within the timeout."
    })
final class ServeCommand implements Callable<Integer> {
  private final Services services;

  @Spec private CommandSpec spec;

  @Option(
      names = "--timeout",
      paramLabel = "<seconds>",
      defaultValue = "30",
      description =
          "How long to wait for readiness before giving up (default: ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  ServeCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Readiness> readiness =
        services.await(Readiness.class, Deadline.in(Duration.ofSeconds(timeoutSeconds)));
    if (services.stopping()) {
      return ExitCode.STOPPED;
    }
    if (readiness.isEmpty()) {
      err.printf("sre serve: not ready after %d s; run 'sre status' to see why%n", timeoutSeconds);
      return ExitCode.NOT_READY;
    }
    out.printf(
        "SRE ready in %d ms (pid %d); Ctrl-C to stop%n",
        readiness.get().bootMillis(), ProcessHandle.current().pid());
    out.flush();
    services.awaitShutdown();
    return ExitCode.OK;
  }
}
