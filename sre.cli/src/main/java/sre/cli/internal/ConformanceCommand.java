package sre.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sre.api.agent.AgentRunner;
import sre.cli.internal.conformance.CaseResult;
import sre.cli.internal.conformance.CaseRunner;
import sre.cli.internal.conformance.ConformanceCase;
import sre.cli.internal.conformance.ConformanceReport;
import sre.cli.internal.conformance.Corpus;
import sre.cli.internal.conformance.Ratchet;

/** {@code sre conformance}: runs a conformance corpus against this runtime's engine. */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every case of <dir>/cases/*.json as the corpus README describes (a fresh run per"
          + " case, the case's vault, its comparison rule), prints each failing case with the"
          + " difference, and ends with 'N passed, M failed'.",
      "Exit code 1 when a case fails; with --ratchet, only when a case listed in the ratchet"
          + " file fails (or is missing from the corpus)."
    })
final class ConformanceCommand implements Callable<Integer> {
  private final Services services;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<dir>", description = "The corpus folder (has cases/).")
  Path dir;

  @Option(
      names = "--only",
      paramLabel = "<text>",
      description = "Run only the cases whose name contains this text (any case).")
  String only;

  @Option(
      names = "--ratchet",
      paramLabel = "<file>",
      description = "Case names that must pass, one per line (# comments).")
  Path ratchetFile;

  @Option(
      names = "--concurrency",
      paramLabel = "<n>",
      defaultValue = "16",
      description = "Cases in flight at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--timeout",
      paramLabel = "<seconds>",
      defaultValue = "30",
      description =
          "How long to wait for the runtime, and for each case (default: ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  ConformanceCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Corpus corpus = readCorpus();
    List<ConformanceCase> cases = selected(corpus);
    Optional<Ratchet> ratchet = readRatchet();
    AgentRunner runner =
        RuntimeAccess.runner(
            services, Deadline.in(Duration.ofSeconds(timeoutSeconds)), timeoutSeconds);
    CaseRunner caseRunner = new CaseRunner(runner, corpus, Duration.ofSeconds(timeoutSeconds));

    Map<ConformanceCase, CaseResult> results = new LinkedHashMap<>();
    for (Map.Entry<String, List<ConformanceCase>> group : byVault(cases).entrySet()) {
      if (!group.getKey().isEmpty()) {
        new VaultConfiguration(services)
            .use(corpus.resolve(group.getKey()), Deadline.in(Duration.ofSeconds(timeoutSeconds)));
      }
      for (CaseResult result : caseRunner.runAll(group.getValue(), concurrency)) {
        results.put(result.testCase(), result);
      }
    }
    List<CaseResult> inCorpusOrder = new ArrayList<>(cases.size());
    cases.forEach(c -> inCorpusOrder.add(results.get(c)));

    ConformanceReport report = new ConformanceReport(inCorpusOrder, ratchet, only == null);
    PrintWriter out = spec.commandLine().getOut();
    out.print(report.render());
    out.flush();
    return report.exitCode();
  }

  private Corpus readCorpus() throws IOException {
    try {
      return Corpus.read(dir);
    } catch (IllegalArgumentException e) {
      throw CommandFailure.failed(e.getMessage());
    }
  }

  private List<ConformanceCase> selected(Corpus corpus) {
    if (only == null) {
      return corpus.cases();
    }
    String text = only.toLowerCase(Locale.ROOT);
    List<ConformanceCase> cases =
        corpus.cases().stream()
            .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(text))
            .toList();
    if (cases.isEmpty()) {
      throw CommandFailure.usage("no case name contains '" + only + "'");
    }
    return cases;
  }

  private Optional<Ratchet> readRatchet() throws IOException {
    if (ratchetFile == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(ratchetFile)) {
      throw CommandFailure.failed("no such ratchet file: " + ratchetFile);
    }
    return Optional.of(Ratchet.read(ratchetFile));
  }

  /**
   * Cases grouped by the vault file they need, cases without one first ("" key): the vault is one
   * connector configuration, switched between groups rather than per case.
   */
  private static Map<String, List<ConformanceCase>> byVault(List<ConformanceCase> cases) {
    Map<String, List<ConformanceCase>> groups = new LinkedHashMap<>();
    groups.put("", new ArrayList<>());
    for (ConformanceCase c : cases) {
      groups.computeIfAbsent(c.vault() == null ? "" : c.vault(), v -> new ArrayList<>()).add(c);
    }
    return groups;
  }
}
