package sre.api.llm;

/** Sums over ledger lines: requests, tokens in and out, cost in USD. */
public record UsageTotals(long requests, long inputTokens, long outputTokens, double cost) {
  public static final UsageTotals ZERO = new UsageTotals(0, 0, 0, 0);

  public UsageTotals plus(UsageRecord r) {
    return new UsageTotals(
        requests + 1,
        inputTokens + r.usage().inputTokens(),
        outputTokens + r.usage().outputTokens(),
        cost + r.cost());
  }
}
