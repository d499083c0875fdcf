package sre.connector.s3.internal;

import java.net.URI;
import java.time.Duration;

/** An S3 connector instance's settings, typed and checked. Holds no secret. */
record S3Settings(
    String bucket,
    String region,
    String endpoint,
    boolean pathStyle,
    String accessKeyId,
    String secretKeyVaultKey,
    String secretKeyEnv,
    boolean createBucket,
    String cachePrefix,
    long maxObjectBytes,
    int ioThreads,
    int queueSize,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts) {

  S3Settings {
    if (bucket.isBlank()) {
      throw new IllegalArgumentException("bucket must not be empty");
    }
    if (!endpoint.isEmpty()) {
      URI.create(endpoint);
    }
    if (maxObjectBytes < 1 || maxObjectBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("max.object.bytes must be in [1, 2 GiB)");
    }
  }

  static S3Settings from(S3Config config) {
    return new S3Settings(
        config.bucket().trim(),
        config.region().trim(),
        config.endpoint().trim(),
        config.path_style(),
        config.access_key_id().trim(),
        config.secret_key_vault_key().trim(),
        config.secret_key_env().trim(),
        config.create_bucket(),
        config.cache_prefix(),
        config.max_object_bytes(),
        Math.max(1, config.io_threads()),
        Math.max(1, config.queue_size()),
        Duration.ofMillis(config.connect_timeout_ms()),
        Duration.ofMillis(config.request_timeout_ms()),
        Math.max(1, config.max_attempts()));
  }

  /** Where requests go, for messages. */
  String location() {
    String server = endpoint.isEmpty() ? "https://s3." + region + ".amazonaws.com" : endpoint;
    return server + " bucket '" + bucket + "'";
  }
}
