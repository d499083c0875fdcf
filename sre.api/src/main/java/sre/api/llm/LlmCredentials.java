package sre.api.llm;

/**
 * What a connector needs to authenticate one call, resolved by the kernel from the vault of the
 * run's team. Not a record on purpose: {@link #toString}, {@link #equals} and {@link #hashCode}
 * never expose or derive from the secret, so it cannot leak through logs or exception messages.
 */
public final class LlmCredentials {
  /** For providers that need no key (Echo, a local Ollama). */
  public static final LlmCredentials NONE = new LlmCredentials("", "");

  private final String apiKey;
  private final String vaultKey;

  private LlmCredentials(String apiKey, String vaultKey) {
    this.apiKey = apiKey;
    this.vaultKey = vaultKey;
  }

  /**
   * @param apiKey the secret
   * @param vaultKey the vault key name it came from (not secret; for messages)
   */
  public static LlmCredentials apiKey(String apiKey, String vaultKey) {
    if (apiKey == null || apiKey.isEmpty()) {
      throw new IllegalArgumentException("empty API key from vault key '" + vaultKey + "'");
    }
    return new LlmCredentials(apiKey, vaultKey == null ? "" : vaultKey);
  }

  /** The secret; empty for {@link #NONE}. Pass it to the provider only. */
  public String apiKey() {
    return apiKey;
  }

  /** The name of the vault key the secret came from, empty for {@link #NONE}. */
  public String vaultKey() {
    return vaultKey;
  }

  public boolean isPresent() {
    return !apiKey.isEmpty();
  }

  @Override
  public String toString() {
    return isPresent()
        ? "LlmCredentials[vaultKey=" + vaultKey + ", apiKey=***]"
        : "LlmCredentials[]";
  }
}
