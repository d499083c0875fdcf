package sre.connector.redis.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;

/**
 * Where the Redis password comes from, looked up at each connect: the kernel's Vault (as the system
 * candidate: team {@code system}, then the vault's shared team), or an environment variable.
 * Failures name the key, never the value.
 */
final class VaultPassword {
  private VaultPassword() {}

  /** The configured password could not be found; says where it was looked for. */
  static final class MissingPasswordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingPasswordException(String message) {
      super(message);
    }
  }

  /** The configured source, or {@code null} when no password is configured. */
  static RedisLink.PasswordSource of(RedisSettings settings, Supplier<Vault> vault) {
    String key = settings.passwordVaultKey();
    if (!key.isEmpty()) {
      return () -> fromVault(key, vault.get());
    }
    String variable = settings.passwordEnv();
    if (!variable.isEmpty()) {
      return () -> fromEnvironment(variable);
    }
    return null;
  }

  private static CompletionStage<String> fromVault(String key, Vault vault) {
    if (vault == null) {
      return CompletableFuture.failedFuture(
          new MissingPasswordException(
              "the Redis password is the vault key '" + key + "' but no Vault service is running"));
    }
    return vault
        .requester(AccessCandidate.system())
        .get(key)
        .thenApply(
            secret ->
                secret.orElseThrow(
                    () ->
                        new MissingPasswordException(
                            "vault key '" + key + "' (Redis password) not found for team system")));
  }

  private static CompletionStage<String> fromEnvironment(String variable) {
    String secret = System.getenv(variable);
    return secret == null
        ? CompletableFuture.failedFuture(
            new IllegalStateException("The Redis password variable '" + variable + "' is not set"))
        : CompletableFuture.completedFuture(secret);
  }
}
