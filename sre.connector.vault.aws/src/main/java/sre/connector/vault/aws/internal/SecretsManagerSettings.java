package sre.connector.vault.aws.internal;

import java.net.URI;
import java.time.Duration;

/** A Secrets Manager connector instance's settings, typed and checked. Holds no secret. */
record SecretsManagerSettings(
    String region,
    String endpoint,
    String prefix,
    String accessKeyId,
    String secretKeyEnv,
    Duration cacheTtl,
    int ioThreads,
    int queueSize,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts) {

  SecretsManagerSettings {
    if (region.isEmpty()) {
      throw new IllegalArgumentException("region must not be empty");
    }
    if (!endpoint.isEmpty()) {
      URI.create(endpoint);
    }
    if (!accessKeyId.isEmpty() && secretKeyEnv.isEmpty()) {
      throw new IllegalArgumentException("access.key.id needs secret.key.env");
    }
  }

  static SecretsManagerSettings from(SecretsManagerConfig config) {
    return new SecretsManagerSettings(
        config.region().trim(),
        config.endpoint().trim(),
        config.prefix().trim().replaceAll("^/+|/+$", ""),
        config.access_key_id().trim(),
        config.secret_key_env().trim(),
        Duration.ofSeconds(Math.max(0, config.cache_ttl_seconds())),
        Math.max(1, config.io_threads()),
        Math.max(1, config.queue_size()),
        Duration.ofMillis(Math.max(1, config.connect_timeout_ms())),
        Duration.ofMillis(Math.max(1, config.request_timeout_ms())),
        Math.max(1, config.max_attempts()));
  }

  /** Secret id of a team's key: SRE's {@code <prefix>/<teamId>/<key>}. */
  String secretId(String teamId, String keyName) {
    return teamPrefix(teamId) + keyName;
  }

  /** Name prefix of a team's secrets. */
  String teamPrefix(String teamId) {
    return (prefix.isEmpty() ? "" : prefix + "/") + teamId + "/";
  }

  /** Where requests go, for messages. */
  String location() {
    return endpoint.isEmpty()
        ? "AWS Secrets Manager in " + region
        : "Secrets Manager at " + endpoint;
  }
}
