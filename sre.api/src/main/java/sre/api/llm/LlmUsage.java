package sre.api.llm;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The usage ledger, read side: what the kernel's LLM service recorded for each answered request.
 * Totals cover everything since the kernel started; {@link #recent} keeps a bounded window.
 */
@ProviderType
public interface LlmUsage {
  /** The latest records, newest last, at most {@code limit}. */
  List<UsageRecord> recent(int limit);

  UsageTotals total();

  UsageTotals byAgent(String agentId);

  UsageTotals byTeam(String teamId);

  /** By candidate, as {@link sre.api.security.AccessCandidate#toString()} renders it. */
  UsageTotals byCandidate(String candidate);

  UsageTotals byModel(String model);
}
