package sre.components.internal;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import sre.api.cache.Cache;
import sre.api.cache.CacheRequester;
import sre.api.security.Acl;

/** An in-memory Cache service for unit tests: values and TTLs by key, no expiry, no ACLs. */
final class TestCache implements Cache, CacheRequester {
  final Map<String, String> values = new ConcurrentHashMap<>();
  final Map<String, Long> ttls = new ConcurrentHashMap<>();

  @Override
  public CacheRequester requester(sre.api.security.AccessCandidate candidate) {
    return this;
  }

  @Override
  public CompletionStage<Optional<String>> get(String key) {
    return CompletableFuture.completedFuture(Optional.ofNullable(values.get(key)));
  }

  @Override
  public CompletionStage<Void> set(
      String key, String value, Acl acl, Map<String, String> metadata, long ttlSeconds) {
    values.put(key, value);
    ttls.put(key, ttlSeconds);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<Void> delete(String key) {
    values.remove(key);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<Boolean> exists(String key) {
    return CompletableFuture.completedFuture(values.containsKey(key));
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> getMetadata(String key) {
    return CompletableFuture.completedFuture(Optional.empty());
  }

  @Override
  public CompletionStage<Void> setMetadata(String key, Map<String, String> metadata) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<Void> updateTtl(String key, long ttlSeconds) {
    ttls.put(key, ttlSeconds);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<OptionalLong> getTtl(String key) {
    Long ttl = ttls.get(key);
    return CompletableFuture.completedFuture(
        ttl == null || ttl <= 0 ? OptionalLong.empty() : OptionalLong.of(ttl));
  }

  @Override
  public CompletionStage<Optional<Acl>> getAcl(String key) {
    return CompletableFuture.completedFuture(Optional.empty());
  }

  @Override
  public CompletionStage<Void> setAcl(String key, Acl acl) {
    return CompletableFuture.completedFuture(null);
  }
}
