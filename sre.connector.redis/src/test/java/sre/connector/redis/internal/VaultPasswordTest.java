package sre.connector.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessRole;
import sre.api.vault.Vault;
import sre.api.vault.VaultRequester;

/** A password-protected Redis, the password read from the vault and never shown in errors. */
class VaultPasswordTest {
  private static final String SECRET = "s3cr3t-redis-pw";

  @RegisterExtension static final RedisServer REDIS = new RedisServer("--requirepass", SECRET);

  private static RedisSettings settings(String vaultKey) {
    RedisSettings defaults = RedisSettings.forUri(REDIS.uri());
    return new RedisSettings(
        defaults.uri(),
        0,
        "",
        false,
        defaults.connectTimeout(),
        defaults.commandTimeout(),
        defaults.reconnectMaxDelay(),
        "",
        vaultKey,
        "");
  }

  /** A vault holding one key for the system candidate's team. */
  private static Vault vault(String key, String value) {
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

  @Test
  void passwordFromTheVaultOpensTheConnection() {
    try (RedisConnector redis =
        new RedisConnector(settings("redis-password"), () -> vault("redis-password", SECRET))) {
      join(redis.set("k", "v", Map.of(), 0));
      assertThat(join(redis.exists("k"))).isTrue();
    }
  }

  @Test
  void wrongPasswordFailsWithoutShowingIt() {
    String wrong = "not-the-password";
    try (RedisConnector redis =
        new RedisConnector(settings("redis-password"), () -> vault("redis-password", wrong))) {
      Throwable error = failure(redis.get("k"));
      assertThat(error).isInstanceOf(RedisUnavailableException.class);
      assertThat(stackText(error)).doesNotContain(wrong).doesNotContain(SECRET);
    }
  }

  @Test
  void missingVaultKeyIsNamedInTheError() {
    try (RedisConnector redis =
        new RedisConnector(settings("no-such-key"), () -> vault("redis-password", SECRET))) {
      assertThat(failure(redis.get("k")))
          .hasMessageContaining("127.0.0.1:" + REDIS.port())
          .hasStackTraceContaining("no-such-key");
    }
  }

  @Test
  void noVaultServiceIsNamedInTheError() {
    try (RedisConnector redis = new RedisConnector(settings("redis-password"), () -> null)) {
      assertThat(failure(redis.get("k"))).hasStackTraceContaining("no Vault service");
    }
  }

  @Test
  void endpointNeverShowsUserInfo() {
    RedisSettings withPassword = RedisSettings.forUri("redis://user:hunter2@127.0.0.1:6399/2");
    assertThat(withPassword.endpoint()).isEqualTo("redis://127.0.0.1:6399/2 (database 0)");
    assertThat(AccessCandidate.system().role()).isEqualTo(AccessRole.SYSTEM);
  }

  private static String stackText(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      text.append(t).append('\n');
    }
    return text.toString();
  }
}
