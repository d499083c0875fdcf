package sre.connector.s3.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;

/**
 * Static S3 credentials whose secret key comes from the kernel's Vault (as the system candidate:
 * team {@code system}, then the shared team) or from an environment variable. The SDK asks on the
 * connector's own I/O threads, so waiting for the vault here never blocks a caller; the answer is
 * kept for {@link #REFRESH} so a rotated secret is picked up without a restart.
 */
final class SecretKeySource implements AwsCredentialsProvider {
  static final Duration REFRESH = Duration.ofMinutes(5);
  private static final Duration VAULT_TIMEOUT = Duration.ofSeconds(10);

  private final String accessKeyId;
  private final String vaultKey;
  private final String variable;
  private final Supplier<Vault> vault;
  private volatile AwsCredentials cached;
  private volatile long cachedAt;

  SecretKeySource(S3Settings settings, Supplier<Vault> vault) {
    this.accessKeyId = settings.accessKeyId();
    this.vaultKey = settings.secretKeyVaultKey();
    this.variable = settings.secretKeyEnv();
    this.vault = vault;
  }

  @Override
  public AwsCredentials resolveCredentials() {
    AwsCredentials current = cached;
    if (current != null && System.nanoTime() - cachedAt < REFRESH.toNanos()) {
      return current;
    }
    AwsCredentials fresh = AwsBasicCredentials.create(accessKeyId, secret());
    cachedAt = System.nanoTime();
    cached = fresh;
    return fresh;
  }

  private String secret() {
    if (!vaultKey.isEmpty()) {
      Vault service = vault.get();
      if (service == null) {
        throw new IllegalStateException(
            "The S3 secret key is the vault key '"
                + vaultKey
                + "' but no Vault service is running");
      }
      CompletionStage<Optional<String>> lookup =
          service.requester(AccessCandidate.system()).get(vaultKey);
      try {
        return lookup
            .toCompletableFuture()
            .get(VAULT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Vault key '" + vaultKey + "' (S3 secret key) not found for team system"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted reading the S3 secret key from the vault", e);
      } catch (Exception e) {
        throw new IllegalStateException(
            "Cannot read vault key '" + vaultKey + "' (S3 secret key): " + e.getMessage(), e);
      }
    }
    String value = variable.isEmpty() ? null : System.getenv(variable);
    if (value == null) {
      throw new IllegalStateException(
          "No S3 secret key: set secret.key.vault.key or secret.key.env"
              + (variable.isEmpty() ? "" : " (variable '" + variable + "' is not set)"));
    }
    return value;
  }
}
