package sre.connector.redis.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One Redis connector instance (factory PID {@value RedisComponent#PID}); each configuration gets
 * its own client and connection. Documented with examples in {@code
 * src/main/cfg/sre.connector.redis-default.cfg}.
 */
@ObjectClassDefinition(
    name = "SRE Redis connector",
    description = "Cache and NKV connector 'Redis' on Lettuce. One configuration = one connection.")
public @interface RedisConfig {

  @AttributeDefinition(
      name = "URI",
      description =
          "Redis URI: redis://host:port, rediss://host:port (TLS) or"
              + " redis-sentinel://host:26379#master. Put no password here: use the vault key.")
  String uri() default "redis://127.0.0.1:6379";

  @AttributeDefinition(
      name = "Database",
      description = "Database index; overrides a database in the URI.",
      min = "0")
  int database() default 0;

  @AttributeDefinition(
      name = "Key prefix",
      description =
          "Prepended to every key, before SRE's layout (smyth:cache:<key>, smyth:metadata:<key>,"
              + " smyth:nkv:...). Lets several runtimes share one database.")
  String key_prefix() default "";

  @AttributeDefinition(name = "TLS", description = "Use TLS (rediss:// URIs always do).")
  boolean tls() default false;

  @AttributeDefinition(
      name = "Connect timeout (ms)",
      description = "How long opening the TCP connection may take.",
      min = "1")
  long connect_timeout_ms() default 2000;

  @AttributeDefinition(
      name = "Command timeout (ms)",
      description =
          "How long one command may take before its call fails. Also bounds how long a call can"
              + " wait while Redis is unreachable.",
      min = "1")
  long command_timeout_ms() default 2000;

  @AttributeDefinition(
      name = "Reconnect max delay (ms)",
      description =
          "Longest pause between two reconnect attempts after Redis went away (attempts back off"
              + " exponentially from 50 ms up to this).",
      min = "50")
  long reconnect_max_delay_ms() default 2000;

  @AttributeDefinition(
      name = "Username",
      description = "ACL user (Redis 6+). Empty: the default user.")
  String username() default "";

  @AttributeDefinition(
      name = "Password vault key",
      description =
          "Name of the vault key holding the password, read through the kernel's Vault as the"
              + " system candidate (team 'system', then the vault's shared team) at each connect."
              + " Empty: no password, unless 'password_env' names one.")
  String password_vault_key() default "";

  @AttributeDefinition(
      name = "Password environment variable",
      description =
          "Name of an environment variable holding the password (SRE's REDIS_PASSWORD), used"
              + " when no vault key is set. Empty: none.")
  String password_env() default "";
}
