package sre.connector.vault.aws.internal;

import java.net.URI;
import java.time.Duration;
import java.util.function.LongSupplier;

/** Connectors pointed at a fake server with static test credentials. */
final class TestVaults {
  static final String SECRET_KEY = "test-secret-access-key-7f3a91";

  private TestVaults() {}

  static SecretsManagerVault vault(URI endpoint, Duration ttl, LongSupplier clock) {
    SecretsManagerSettings settings =
        new SecretsManagerSettings(
            "us-east-1",
            endpoint.toString(),
            "smythos",
            "AKIATESTACCESSKEY",
            "TEST_SECRET_KEY",
            ttl,
            2,
            50,
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            1);
    return new SecretsManagerVault(
        new SecretsManagerIo(settings, v -> v.equals("TEST_SECRET_KEY") ? SECRET_KEY : null),
        settings,
        clock);
  }
}
