package sre.api.llm;

/** The provider needs an API key and the run's team has none under the configured vault key. */
public class MissingApiKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String vaultKey;

  public MissingApiKeyException(String provider, String vaultKey, String team) {
    super(
        "No API key for provider "
            + provider
            + ": vault key '"
            + vaultKey
            + "' is not set for team '"
            + team
            + "' (add it to the vault)");
    this.vaultKey = vaultKey;
  }

  /** The vault key name that was looked up. */
  public String vaultKey() {
    return vaultKey;
  }
}
