package sre.router.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;
import sre.api.vault.VaultRequester;

class ApiKeysTest {
  private static final String KEY = "sk-test-123";

  /** A vault of one team holding one hashed key for alice. */
  private final Vault vault =
      candidate ->
          new VaultRequester() {
            @Override
            public CompletionStage<Optional<String>> get(String keyName) {
              boolean hit =
                  candidate.equals(AccessCandidate.team("keys"))
                      && keyName.equals("apikey:" + ApiKeys.sha256(KEY));
              return CompletableFuture.completedFuture(
                  hit ? Optional.of("alice") : Optional.empty());
            }

            @Override
            public CompletionStage<Boolean> exists(String keyName) {
              return get(keyName).thenApply(Optional::isPresent);
            }

            @Override
            public CompletionStage<List<String>> listKeys() {
              return CompletableFuture.completedFuture(List.of());
            }
          };

  private final ApiKeys keys = new ApiKeys(() -> vault);

  @Test
  void mapsAKeyFromEitherHeaderToItsUser() {
    assertThat(keys.candidate(Map.of("x-api-key", KEY), "keys").toCompletableFuture().join())
        .isEqualTo(AccessCandidate.user("alice"));
    assertThat(
            keys.candidate(Map.of("authorization", "Bearer " + KEY), "keys")
                .toCompletableFuture()
                .join())
        .isEqualTo(AccessCandidate.user("alice"));
  }

  @Test
  void noKeyIsAnonymousAndAnUnknownKeyIs401() {
    assertThat(keys.candidate(Map.of(), "keys").toCompletableFuture().join())
        .isEqualTo(AccessCandidate.anonymous());
    assertThatThrownBy(
            () -> keys.candidate(Map.of("x-api-key", "wrong"), "keys").toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(HttpProblem.class)
        .hasMessage("Invalid API key");
  }

  @Test
  void hashesKeysWithSha256Hex() {
    assertThat(ApiKeys.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(ApiKeys.presentedKey(Map.of("authorization", "Basic x"))).isNull();
  }
}
