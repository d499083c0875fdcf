package sre.connector.vault.hashicorp.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** A HashiCorp Vault connector instance's settings, typed and checked. Holds no secret. */
record HashicorpSettings(
    URI address,
    String namespace,
    String mount,
    String pathPrefix,
    AuthMethod authMethod,
    CredentialSource token,
    String approleMount,
    CredentialSource roleId,
    CredentialSource secretId,
    Duration cacheTtl,
    Duration connectTimeout,
    Duration requestTimeout) {

  enum AuthMethod {
    TOKEN,
    APPROLE
  }

  HashicorpSettings {
    if (address.getScheme() == null || address.getHost() == null) {
      throw new IllegalArgumentException("address must be an absolute URL, e.g. http://vault:8200");
    }
    if (mount.isEmpty()) {
      throw new IllegalArgumentException("mount must not be empty");
    }
  }

  static HashicorpSettings from(HashicorpVaultConfig config) {
    String method = config.auth_method().trim().toUpperCase(Locale.ROOT);
    AuthMethod authMethod;
    try {
      authMethod = AuthMethod.valueOf(method);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "auth.method must be 'token' or 'approle', not '" + config.auth_method() + "'", e);
    }
    return new HashicorpSettings(
        URI.create(trimSlashes(config.address().trim())),
        config.namespace().trim(),
        trimSlashes(config.mount().trim()),
        trimSlashes(config.path_prefix().trim()),
        authMethod,
        new CredentialSource("Vault token", config.token_env().trim(), config.token_file().trim()),
        trimSlashes(config.approle_mount().trim()),
        new CredentialSource(
            "AppRole role id", config.role_id_env().trim(), config.role_id_file().trim()),
        new CredentialSource(
            "AppRole secret id", config.secret_id_env().trim(), config.secret_id_file().trim()),
        Duration.ofSeconds(Math.max(0, config.cache_ttl_seconds())),
        Duration.ofMillis(Math.max(1, config.connect_timeout_ms())),
        Duration.ofMillis(Math.max(1, config.request_timeout_ms())));
  }

  private static String trimSlashes(String text) {
    return text.replaceAll("^/+|/+$", "");
  }
}
