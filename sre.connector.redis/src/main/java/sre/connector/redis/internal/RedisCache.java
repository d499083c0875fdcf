package sre.connector.redis.internal;

import io.lettuce.core.KeyValue;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import sre.api.cache.CacheConnector;
import sre.api.cache.CacheEntry;

/**
 * SRE's {@code Redis} cache layout: the value at {@code <prefix>smyth:cache:<key>}, its metadata
 * (ACL included) as a JSON object at {@code <prefix>smyth:metadata:<key>}, both with the same Redis
 * expiry. Reads are one command ({@code MGET}); writes that touch both keys are one script.
 */
final class RedisCache implements CacheConnector {
  private final RedisLink redis;
  private final String valuePrefix;
  private final String metadataPrefix;
  private final CacheScripts scripts = new CacheScripts();
  private final MetadataJson json = new MetadataJson();

  RedisCache(RedisLink redis) {
    this.redis = redis;
    String prefix = redis.settings().keyPrefix();
    this.valuePrefix = prefix + "smyth:cache:";
    this.metadataPrefix = prefix + "smyth:metadata:";
  }

  @Override
  public CompletionStage<Optional<CacheEntry>> get(String key) {
    String[] keys = keys(key);
    return redis.call(
        "GET " + key,
        r ->
            r.mget(keys)
                .thenApply(
                    found -> {
                      KeyValue<String, String> value = found.get(0);
                      if (!value.hasValue()) {
                        return Optional.<CacheEntry>empty();
                      }
                      KeyValue<String, String> metadata = found.get(1);
                      return Optional.of(
                          new CacheEntry(
                              value.getValue(),
                              metadata.hasValue() ? json.read(metadata.getValue()) : Map.of()));
                    }));
  }

  @Override
  public CompletionStage<Void> set(
      String key, String value, Map<String, String> metadata, long ttlSeconds) {
    Objects.requireNonNull(value, "value");
    String[] keys = keys(key);
    String metadataJson = json.write(metadata);
    return redis.call(
        "SET " + key,
        r ->
            scripts
                .set
                .<Long>run(r, keys, value, metadataJson, Long.toString(ttlSeconds))
                .thenApply(done -> null));
  }

  /** One script: compare the stored ACL and write in one round trip, atomically. */
  @Override
  public CompletionStage<Boolean> setIfAcl(
      String key, String value, Map<String, String> metadata, long ttlSeconds, String expectedAcl) {
    Objects.requireNonNull(value, "value");
    String[] keys = keys(key);
    String metadataJson = json.write(metadata);
    return redis.call(
        "SET " + key,
        r ->
            scripts
                .setIfAcl
                .<Long>run(
                    r,
                    keys,
                    value,
                    metadataJson,
                    Long.toString(ttlSeconds),
                    expectedAcl == null ? "0" : "1",
                    expectedAcl == null ? "" : expectedAcl)
                .thenApply(done -> done == 1));
  }

  @Override
  public CompletionStage<Void> delete(String key) {
    String[] keys = keys(key);
    return redis.call("DEL " + key, r -> r.del(keys).thenApply(count -> null));
  }

  @Override
  public CompletionStage<Boolean> exists(String key) {
    String valueKey = valuePrefix + Objects.requireNonNull(key, "key");
    return redis.call("EXISTS " + key, r -> r.exists(valueKey).thenApply(count -> count > 0));
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> getMetadata(String key) {
    String[] keys = keys(key);
    return redis.call(
        "GET metadata of " + key,
        r ->
            scripts
                .getMetadata
                .<String>run(r, keys)
                .thenApply(found -> Optional.ofNullable(found).map(json::read)));
  }

  @Override
  public CompletionStage<Void> setMetadata(String key, Map<String, String> metadata) {
    String[] keys = keys(key);
    String metadataJson = json.write(metadata);
    return redis.call(
        "SET metadata of " + key,
        r ->
            scripts
                .setMetadata
                .<Long>run(r, keys, metadataJson)
                .thenApply(
                    done -> {
                      if (done == 0) {
                        throw new NoSuchElementException("No cache entry '" + key + "'");
                      }
                      return null;
                    }));
  }

  @Override
  public CompletionStage<Void> expire(String key, long ttlSeconds) {
    String[] keys = keys(key);
    return redis.call(
        "EXPIRE " + key,
        r -> scripts.expire.<Long>run(r, keys, Long.toString(ttlSeconds)).thenApply(done -> null));
  }

  @Override
  public CompletionStage<OptionalLong> ttl(String key) {
    String valueKey = valuePrefix + Objects.requireNonNull(key, "key");
    return redis.call(
        "TTL " + key,
        r ->
            r.pttl(valueKey)
                .thenApply(
                    millis ->
                        millis < 0
                            ? OptionalLong.empty()
                            : OptionalLong.of((millis + 999) / 1000)));
  }

  private String[] keys(String key) {
    Objects.requireNonNull(key, "key");
    return new String[] {valuePrefix + key, metadataPrefix + key};
  }
}
