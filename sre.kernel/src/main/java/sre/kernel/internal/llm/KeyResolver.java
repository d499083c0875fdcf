package sre.kernel.internal.llm;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import sre.api.llm.LlmCredentials;
import sre.api.llm.MissingApiKeyException;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;

/**
 * Reads a provider instance's API key from the vault of the calling candidate's team, under the key
 * name the instance's configuration gives. The value goes into {@link LlmCredentials} and nowhere
 * else: never logged, never in a message.
 */
final class KeyResolver {
  private final Supplier<Vault> vault;

  KeyResolver(Supplier<Vault> vault) {
    this.vault = vault;
  }

  CompletionStage<LlmCredentials> credentials(
      Provider provider, AccessCandidate candidate, String team) {
    String key = provider.vaultKey();
    if (key.isEmpty()) {
      return CompletableFuture.completedFuture(LlmCredentials.NONE);
    }
    Vault v = vault.get();
    if (v == null) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              "No Vault service: cannot read vault key '"
                  + key
                  + "' for provider "
                  + provider.describe()));
    }
    return v.requester(candidate)
        .get(key)
        .thenApply(
            value ->
                value
                    .filter(s -> !s.isBlank())
                    .map(s -> LlmCredentials.apiKey(s, key))
                    .orElseThrow(() -> new MissingApiKeyException(provider.name(), key, team)));
  }
}
