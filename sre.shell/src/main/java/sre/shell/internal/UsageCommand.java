package sre.shell.internal;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import sre.api.llm.LlmUsage;
import sre.api.llm.UsageRecord;
import sre.api.llm.UsageTotals;

/**
 * {@code sre:usage}: the LLM usage ledger. Totals since the kernel started (or for one agent, team,
 * candidate or model), then the latest ledger lines.
 */
@Service
@Command(
    scope = "sre",
    name = "usage",
    description = "Shows LLM usage: requests, tokens and cost, in total or by agent, team or model")
public final class UsageCommand implements Action {
  @Reference LlmUsage usage;

  @Option(name = "-b", aliases = "--by", description = "agent, team, candidate or model")
  @Completion(
      value = StringsCompleter.class,
      values = {"agent", "team", "candidate", "model"})
  String by;

  @Option(name = "-i", aliases = "--id", description = "The agent/team/candidate id or model name")
  String id;

  @Option(name = "-n", aliases = "--recent", description = "How many recent ledger lines to show")
  int recent = 10;

  @Override
  public Object execute() {
    print(System.out);
    return null;
  }

  void print(PrintStream out) {
    UsageTotals totals = totals();
    out.printf(
        Locale.ROOT,
        "%s: %d requests, %d input tokens, %d output tokens, $%.6f%n",
        by == null ? "Total" : by + " " + id,
        totals.requests(),
        totals.inputTokens(),
        totals.outputTokens(),
        totals.cost());
    ShellTable table = new ShellTable().emptyTableText("no requests yet");
    table.column("At");
    table.column("Candidate");
    table.column("Model");
    table.column("Provider");
    table.column("Op");
    table.column("In").alignRight();
    table.column("Out").alignRight();
    table.column("Cost $").alignRight();
    for (UsageRecord r : usage.recent(recent)) {
      table
          .addRow()
          .addContent(
              r.at(),
              r.candidate(),
              r.model(),
              r.provider(),
              r.operation(),
              r.usage().inputTokens(),
              r.usage().outputTokens(),
              String.format(Locale.ROOT, "%.6f", r.cost()));
    }
    table.print(out);
  }

  private UsageTotals totals() {
    if (by == null) {
      return usage.total();
    }
    if (id == null) {
      throw new IllegalArgumentException("--by " + by + " needs --id");
    }
    return switch (by.toLowerCase(Locale.ROOT)) {
      case "agent" -> usage.byAgent(id);
      case "team" -> usage.byTeam(id);
      case "candidate" -> usage.byCandidate(id);
      case "model" -> usage.byModel(id);
      default ->
          throw new IllegalArgumentException(
              "--by must be agent, team, candidate or model, not '" + by + "'");
    };
  }
}
