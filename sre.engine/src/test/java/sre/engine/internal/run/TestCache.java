package sre.engine.internal.run;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import sre.api.cache.Cache;
import sre.api.cache.CacheRequester;
import sre.api.security.Acl;

/** An in-memory cache without ACLs or expiry, for engine tests. */
final class TestCache implements Cache {
  private final Map<String, String> values = new ConcurrentHashMap<>();

  @Override
  public CacheRequester requester(sre.api.security.AccessCandidate candidate) {
    return new CacheRequester() {
      @Override
      public CompletionStage<Optional<String>> get(String key) {
        return CompletableFuture.completedFuture(Optional.ofNullable(values.get(key)));
      }

      @Override
      public CompletionStage<Void> set(
          String key, String value, Acl acl, Map<String, String> metadata, long ttlSeconds) {
        values.put(key, value);
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
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public CompletionStage<OptionalLong> getTtl(String key) {
        return CompletableFuture.completedFuture(OptionalLong.empty());
      }

      @Override
      public CompletionStage<Optional<Acl>> getAcl(String key) {
        return CompletableFuture.completedFuture(Optional.empty());
      }

      @Override
      public CompletionStage<Void> setAcl(String key, Acl acl) {
        return CompletableFuture.completedFuture(null);
      }
    };
  }
}
