package sre.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentSource;
import sre.api.agent.RunListener;
import sre.api.component.support.Json;
import sre.api.llm.LlmUsage;
import sre.api.llm.UsageRecord;

/** {@code sre run}: one request to an agent file; prints SRE's {@code data} as compact JSON. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one request against a .smyth agent and prints the result (SRE's 'data') as compact"
          + " JSON on standard output.",
      "An error inside the agent is part of the result (exit 0); a file the engine cannot load"
          + " or a bad argument exits non-zero with a one-line reason.",
      "Example: sre run examples/greeter.smyth POST /api/greet --body '{\"name\":\"Ada\"}'"
    })
final class RunCommand implements Callable<Integer> {
  private final Services services;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<agent.smyth>", description = "The agent file.")
  Path agent;

  @Parameters(index = "1", paramLabel = "<METHOD>", description = "POST or GET.")
  String method;

  @Parameters(index = "2", paramLabel = "<path>", description = "e.g. /api/greet.")
  String path;

  @Mixin RequestOptions request;

  @Option(
      names = "--vault",
      paramLabel = "<file>",
      description =
          "Serve this JSON vault file ({\"<team>\":{\"<key>\":\"<value>\"}}) for the run,"
              + " through the JSONFileVault connector's configuration.")
  Path vault;

  @Option(
      names = "--timeout",
      paramLabel = "<seconds>",
      defaultValue = "30",
      description = "How long to wait for the runtime and the run (default: ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  @Option(
      names = "--usage",
      description =
          "After the result, print on stderr the LLM usage the run recorded in the kernel's ledger"
              + " (model, tokens in/out, cost).")
  boolean usage;

  RunCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    // Arguments and the file first: a typo fails at once, before the runtime is waited for.
    AgentSource source = AgentFiles.read(agent);
    AgentRequest agentRequest = request.toRequest(method, path);
    Deadline deadline = Deadline.in(Duration.ofSeconds(timeoutSeconds));
    AgentRunner runner = RuntimeAccess.runner(services, deadline, timeoutSeconds);
    if (vault != null) {
      new VaultConfiguration(services).use(vault, deadline);
    }
    AgentResponse response =
        RuntimeAccess.await(
            runner.run(source, agentRequest, RunListener.NONE), agent.toString(), deadline);
    PrintWriter out = spec.commandLine().getOut();
    out.println(Json.stringify(response.data()));
    out.flush();
    if (usage) {
      printUsage();
    }
    return ExitCode.OK;
  }

  /** The ledger's records: this process ran this one agent, so they are the run's. */
  private void printUsage() {
    PrintWriter err = spec.commandLine().getErr();
    List<UsageRecord> records =
        services.current(LlmUsage.class).map(l -> l.recent(1000)).orElse(List.of());
    if (records.isEmpty()) {
      err.println("usage: no LLM calls recorded");
    }
    for (UsageRecord r : records) {
      err.printf(
          Locale.ROOT,
          "usage: %s %s via %s for %s: %d tokens in, %d out, cost %.6f%n",
          r.operation(),
          r.model(),
          r.provider(),
          r.candidate(),
          r.usage().inputTokens(),
          r.usage().outputTokens(),
          r.cost());
    }
    err.flush();
  }
}
