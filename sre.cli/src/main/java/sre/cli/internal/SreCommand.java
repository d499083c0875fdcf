package sre.cli.internal;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code sre} command. Subcommands are listed here; see package-info for how to add one. */
@Command(
    name = "sre",
    mixinStandardHelpOptions = true,
    versionProvider = SreCommand.BundleVersion.class,
    description = "SRE: a runtime for AI agents, on OSGi.",
    subcommands = {
      StatusCommand.class,
      ServeCommand.class,
      RunCommand.class,
      ConformanceCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Environment: SRE_HOME (state and etc/*.cfg, default <repo>/.sre),"
          + " SRE_LOG (log level: ERROR, WARN, INFO, DEBUG; default WARN)."
    })
public final class SreCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Show stack traces on failure.")
  boolean verbose;

  /** Parses and runs one command line; returns the process exit code. */
  public static int execute(Services services, PrintStream stdout, String... arguments) {
    return execute(
        services, new PrintWriter(stdout, true), new PrintWriter(System.err, true), arguments);
  }

  static int execute(Services services, PrintWriter out, PrintWriter err, String... arguments) {
    CommandLine commandLine = new CommandLine(new SreCommand(), new CliFactory(services));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(SreCommand::reportFailure);
    return commandLine.execute(arguments);
  }

  /** Without a subcommand there is nothing to do: say so as a usage error (exit code 2). */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: try 'sre status'.");
  }

  /** One line per failure unless --verbose asks for the stack trace. */
  private static int reportFailure(
      Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    boolean verbose =
        commandLine.getCommandSpec().root().userObject() instanceof SreCommand root && root.verbose;
    if (failure instanceof CommandFailure expected) {
      // A reason the user can act on: the message says it all, the trace only on request.
      if (!expected.getMessage().isEmpty()) {
        err.println("sre " + commandLine.getCommandName() + ": " + expected.getMessage());
      }
      if (verbose) {
        failure.printStackTrace(err);
      }
      return expected.exitCode();
    }
    if (verbose) {
      failure.printStackTrace(err);
    } else {
      err.println("sre " + commandLine.getCommandName() + ": " + failure);
    }
    return commandLine.getCommandSpec().exitCodeOnExecutionException();
  }

  /** The version of the sre.cli bundle, which is the version of the whole runtime. */
  static final class BundleVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Bundle bundle = FrameworkUtil.getBundle(SreCommand.class);
      return new String[] {"sre " + (bundle == null ? "(outside OSGi)" : bundle.getVersion())};
    }
  }
}
