package sre.kernel.internal.llm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import sre.api.llm.LlmUsage;
import sre.api.llm.UsageRecord;
import sre.api.llm.UsageTotals;

/**
 * The usage ledger: running totals per agent, team, candidate and model since start, and a bounded
 * window of the latest records. Recording is O(1) under one lock, cheap next to a provider call.
 */
@Component(service = {LlmUsage.class, UsageLedger.class})
public final class UsageLedger implements LlmUsage {
  static final int DEFAULT_WINDOW = 10_000;

  private final int window;
  private final ArrayDeque<UsageRecord> recent = new ArrayDeque<>();
  private final Map<String, UsageTotals> agents = new HashMap<>();
  private final Map<String, UsageTotals> teams = new HashMap<>();
  private final Map<String, UsageTotals> candidates = new HashMap<>();
  private final Map<String, UsageTotals> models = new HashMap<>();
  private UsageTotals total = UsageTotals.ZERO;

  @Activate
  public UsageLedger() {
    this(DEFAULT_WINDOW);
  }

  UsageLedger(int window) {
    this.window = window;
  }

  synchronized void record(UsageRecord r) {
    if (recent.size() == window) {
      recent.removeFirst();
    }
    recent.addLast(r);
    total = total.plus(r);
    if (!r.agentId().isEmpty()) {
      agents.merge(r.agentId(), UsageTotals.ZERO.plus(r), (a, b) -> a.plus(r));
    }
    teams.merge(r.teamId(), UsageTotals.ZERO.plus(r), (a, b) -> a.plus(r));
    candidates.merge(r.candidate(), UsageTotals.ZERO.plus(r), (a, b) -> a.plus(r));
    models.merge(r.model(), UsageTotals.ZERO.plus(r), (a, b) -> a.plus(r));
  }

  @Override
  public synchronized List<UsageRecord> recent(int limit) {
    List<UsageRecord> all = new ArrayList<>(recent);
    return List.copyOf(all.subList(Math.max(0, all.size() - Math.max(0, limit)), all.size()));
  }

  @Override
  public synchronized UsageTotals total() {
    return total;
  }

  @Override
  public synchronized UsageTotals byAgent(String agentId) {
    return agents.getOrDefault(agentId, UsageTotals.ZERO);
  }

  @Override
  public synchronized UsageTotals byTeam(String teamId) {
    return teams.getOrDefault(teamId, UsageTotals.ZERO);
  }

  @Override
  public synchronized UsageTotals byCandidate(String candidate) {
    return candidates.getOrDefault(candidate, UsageTotals.ZERO);
  }

  @Override
  public synchronized UsageTotals byModel(String model) {
    return models.getOrDefault(model, UsageTotals.ZERO);
  }
}
