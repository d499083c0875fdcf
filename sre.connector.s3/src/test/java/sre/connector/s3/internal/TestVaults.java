package sre.connector.s3.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.security.AccessRole;
import sre.api.vault.Vault;
import sre.api.vault.VaultRequester;

/** Vaults for tests. */
final class TestVaults {
  private TestVaults() {}

  /** A vault holding one key, visible to the system candidate only. */
  static Vault holding(String key, String value) {
    return candidate ->
        new VaultRequester() {
          @Override
          public CompletionStage<Optional<String>> get(String keyName) {
            boolean visible = candidate.role() == AccessRole.SYSTEM && keyName.equals(key);
            return CompletableFuture.completedFuture(
                visible ? Optional.of(value) : Optional.empty());
          }

          @Override
          public CompletionStage<Boolean> exists(String keyName) {
            return get(keyName).thenApply(Optional::isPresent);
          }

          @Override
          public CompletionStage<List<String>> listKeys() {
            return CompletableFuture.completedFuture(List.of(key));
          }
        };
  }
}
