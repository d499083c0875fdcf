package sre.connector.vault.hashicorp.internal;

import java.net.URI;
import java.time.Duration;
import sre.connector.vault.hashicorp.internal.HashicorpSettings.AuthMethod;

/** Settings for tests: mount "secret", prefix "smythos", short timeouts. */
final class TestSettings {
  static final String PREFIX = "smythos";

  private TestSettings() {}

  /** Token auth, token from the variable VAULT_TOKEN. */
  static HashicorpSettings token(URI address, Duration ttl) {
    return settings(address, "", AuthMethod.TOKEN, "", ttl);
  }

  static HashicorpSettings tokenFile(URI address, String file) {
    return settings(address, "", AuthMethod.TOKEN, file, Duration.ZERO);
  }

  static HashicorpSettings namespaced(URI address, String namespace) {
    return settings(address, namespace, AuthMethod.TOKEN, "", Duration.ZERO);
  }

  /** AppRole auth, ids from the variables VAULT_ROLE_ID and VAULT_SECRET_ID. */
  static HashicorpSettings appRole(URI address, Duration ttl) {
    return settings(address, "", AuthMethod.APPROLE, "", ttl);
  }

  private static HashicorpSettings settings(
      URI address, String namespace, AuthMethod method, String tokenFile, Duration ttl) {
    return new HashicorpSettings(
        address,
        namespace,
        FakeVault.MOUNT,
        PREFIX,
        method,
        new CredentialSource("Vault token", "VAULT_TOKEN", tokenFile),
        "approle",
        new CredentialSource("AppRole role id", "VAULT_ROLE_ID", ""),
        new CredentialSource("AppRole secret id", "VAULT_SECRET_ID", ""),
        ttl,
        Duration.ofSeconds(2),
        Duration.ofSeconds(5));
  }
}
