package sre.connector.redis.internal;

import io.lettuce.core.RedisURI;
import java.time.Duration;

/**
 * A Redis connector instance's settings, checked and typed; built from {@link RedisConfig} in the
 * component and directly in tests. Holds no secret: the password is fetched at connect time.
 */
record RedisSettings(
    String uri,
    int database,
    String keyPrefix,
    boolean tls,
    Duration connectTimeout,
    Duration commandTimeout,
    Duration reconnectMaxDelay,
    String username,
    String passwordVaultKey,
    String passwordEnv) {

  RedisSettings {
    if (database < 0) {
      throw new IllegalArgumentException("database must be >= 0, was " + database);
    }
    requirePositive(connectTimeout, "connect_timeout_ms");
    requirePositive(commandTimeout, "command_timeout_ms");
    requirePositive(reconnectMaxDelay, "reconnect_max_delay_ms");
  }

  static RedisSettings from(RedisConfig config) {
    return new RedisSettings(
        config.uri().trim(),
        config.database(),
        config.key_prefix(),
        config.tls(),
        Duration.ofMillis(config.connect_timeout_ms()),
        Duration.ofMillis(config.command_timeout_ms()),
        Duration.ofMillis(config.reconnect_max_delay_ms()),
        config.username().trim(),
        config.password_vault_key().trim(),
        config.password_env().trim());
  }

  /** Defaults of {@link RedisConfig} for the given URI (tests, bench). */
  static RedisSettings forUri(String uri) {
    return new RedisSettings(
        uri,
        0,
        "",
        false,
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        "",
        "",
        "");
  }

  RedisSettings withCommandTimeout(Duration timeout) {
    return new RedisSettings(
        uri,
        database,
        keyPrefix,
        tls,
        connectTimeout,
        timeout,
        reconnectMaxDelay,
        username,
        passwordVaultKey,
        passwordEnv);
  }

  RedisSettings withKeyPrefix(String prefix) {
    return new RedisSettings(
        uri,
        database,
        prefix,
        tls,
        connectTimeout,
        commandTimeout,
        reconnectMaxDelay,
        username,
        passwordVaultKey,
        passwordEnv);
  }

  /**
   * The Lettuce URI with database, TLS and timeout applied. Fails with a message that repeats the
   * URI only without its user-info, which might hold a password.
   */
  RedisURI redisUri() {
    RedisURI parsed;
    try {
      parsed = RedisURI.create(uri);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Invalid Redis URI '" + withoutUserInfo(uri) + "': " + e.getMessage());
    }
    parsed.setDatabase(database);
    parsed.setTimeout(commandTimeout);
    if (tls) {
      parsed.setSsl(true);
    }
    return parsed;
  }

  /** Where the connector talks to, for messages: scheme, hosts, database; never credentials. */
  String endpoint() {
    return withoutUserInfo(uri) + " (database " + database + ")";
  }

  private static String withoutUserInfo(String uri) {
    return uri.replaceFirst("^([a-zA-Z+-]+://)[^@/]*@", "$1");
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be > 0");
    }
  }
}
