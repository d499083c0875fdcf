package sre.api.llm;

/**
 * Service properties an {@link LlmConnector} instance registers (from its configuration) to steer
 * the kernel's policy for it.
 */
public final class LlmConnectorProperties {
  /**
   * Name of the vault key holding this instance's API key (e.g. {@code openai}), read in the run's
   * team. Empty or absent: the provider needs no key.
   */
  public static final String VAULT_KEY = "sre.llm.vault.key";

  /** Teams this instance serves (per-tenant accounts). Absent: every team. */
  public static final String TEAMS = "sre.llm.teams";

  /** Requests per second the kernel lets through to this instance; 0 or absent: unlimited. */
  public static final String RATE_PER_SECOND = "sre.llm.rate.per.second";

  /** Requests the instance's token bucket holds (the burst); defaults to the per-second rate. */
  public static final String RATE_BURST = "sre.llm.rate.burst";

  private LlmConnectorProperties() {}
}
