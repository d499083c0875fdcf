package sre.connector.redis.internal;

import io.lettuce.core.ScriptOutputType;

/**
 * The cache's multi-key steps. Each keeps a value key and its metadata key in step (same existence,
 * same expiry) because Redis runs a script as one atomic command. KEYS[1] is always the value key
 * ({@code smyth:cache:<key>}), KEYS[2] the metadata key ({@code smyth:metadata:<key>}).
 */
final class CacheScripts {

  /** ARGV: value, metadata JSON, ttl seconds (&le; 0: none, which also clears an old expiry). */
  final RedisScript set =
      new RedisScript(
          """
          local ttl = tonumber(ARGV[3])
          if ttl > 0 then
            redis.call('SET', KEYS[1], ARGV[1], 'EX', ttl)
            redis.call('SET', KEYS[2], ARGV[2], 'EX', ttl)
          else
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('SET', KEYS[2], ARGV[2])
          end
          return 1
          """,
          ScriptOutputType.INTEGER);

  /**
   * {@code set} only if the stored ACL is still the expected one. ARGV: value, metadata JSON, ttl
   * seconds, '1' when an ACL is expected ('0': the key must be missing), the expected ACL. 1 when
   * written, 0 when not.
   */
  final RedisScript setIfAcl =
      new RedisScript(
          """
          local exists = redis.call('EXISTS', KEYS[1]) == 1
          if ARGV[4] == '0' then
            if exists then return 0 end
          else
            if not exists then return 0 end
            local meta = redis.call('GET', KEYS[2])
            if not meta then return 0 end
            local ok, decoded = pcall(cjson.decode, meta)
            if not ok or type(decoded) ~= 'table' or decoded['acl'] ~= ARGV[5] then return 0 end
          end
          local ttl = tonumber(ARGV[3])
          if ttl > 0 then
            redis.call('SET', KEYS[1], ARGV[1], 'EX', ttl)
            redis.call('SET', KEYS[2], ARGV[2], 'EX', ttl)
          else
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('SET', KEYS[2], ARGV[2])
          end
          return 1
          """,
          ScriptOutputType.INTEGER);

  /** The metadata JSON, '' when only the value exists, nil when the key is missing. */
  final RedisScript getMetadata =
      new RedisScript(
          """
          if redis.call('EXISTS', KEYS[1]) == 0 then return false end
          return redis.call('GET', KEYS[2]) or ''
          """,
          ScriptOutputType.VALUE);

  /** ARGV: metadata JSON. Keeps the value's expiry. 0 when the key is missing. */
  final RedisScript setMetadata =
      new RedisScript(
          """
          local pttl = redis.call('PTTL', KEYS[1])
          if pttl == -2 then return 0 end
          if pttl > 0 then
            redis.call('SET', KEYS[2], ARGV[1], 'PX', pttl)
          else
            redis.call('SET', KEYS[2], ARGV[1])
          end
          return 1
          """,
          ScriptOutputType.INTEGER);

  /** ARGV: ttl seconds (&le; 0 clears the expiry). 0 when the key is missing (nothing created). */
  final RedisScript expire =
      new RedisScript(
          """
          if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
          local ttl = tonumber(ARGV[1])
          if ttl > 0 then
            redis.call('EXPIRE', KEYS[1], ttl)
            redis.call('EXPIRE', KEYS[2], ttl)
          else
            redis.call('PERSIST', KEYS[1])
            redis.call('PERSIST', KEYS[2])
          end
          return 1
          """,
          ScriptOutputType.INTEGER);
}
