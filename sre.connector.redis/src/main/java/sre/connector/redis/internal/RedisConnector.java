package sre.connector.redis.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import sre.api.cache.CacheConnector;
import sre.api.cache.CacheEntry;
import sre.api.nkv.NkvConnector;
import sre.api.nkv.NkvEntry;
import sre.api.vault.Vault;

/**
 * SRE's {@code Redis} Cache and NKV connectors on one client and connection. {@link RedisComponent}
 * creates one per configuration and registers it; tests build it directly.
 */
final class RedisConnector implements CacheConnector, NkvConnector, AutoCloseable {
  private final RedisLink link;
  private final RedisCache cache;
  private final RedisNkv nkv;

  RedisConnector(RedisSettings settings, Supplier<Vault> vault) {
    this.link = new RedisLink(settings, VaultPassword.of(settings, vault));
    this.cache = new RedisCache(link);
    this.nkv = new RedisNkv(link);
  }

  RedisConnector(RedisSettings settings) {
    this(settings, () -> null);
  }

  String endpoint() {
    return link.endpoint();
  }

  /** Closes the connection and the client. */
  @Override
  public void close() {
    link.close();
  }

  // CacheConnector

  @Override
  public CompletionStage<Optional<CacheEntry>> get(String key) {
    return cache.get(key);
  }

  @Override
  public CompletionStage<Void> set(
      String key, String value, Map<String, String> metadata, long ttlSeconds) {
    return cache.set(key, value, metadata, ttlSeconds);
  }

  @Override
  public CompletionStage<Boolean> setIfAcl(
      String key, String value, Map<String, String> metadata, long ttlSeconds, String expectedAcl) {
    return cache.setIfAcl(key, value, metadata, ttlSeconds, expectedAcl);
  }

  @Override
  public CompletionStage<Void> delete(String key) {
    return cache.delete(key);
  }

  @Override
  public CompletionStage<Boolean> exists(String key) {
    return cache.exists(key);
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> getMetadata(String key) {
    return cache.getMetadata(key);
  }

  @Override
  public CompletionStage<Void> setMetadata(String key, Map<String, String> metadata) {
    return cache.setMetadata(key, metadata);
  }

  @Override
  public CompletionStage<Void> expire(String key, long ttlSeconds) {
    return cache.expire(key, ttlSeconds);
  }

  @Override
  public CompletionStage<OptionalLong> ttl(String key) {
    return cache.ttl(key);
  }

  // NkvConnector

  @Override
  public CompletionStage<Optional<String>> get(String scope, String namespace, String key) {
    return nkv.get(scope, namespace, key);
  }

  @Override
  public CompletionStage<Void> set(String scope, String namespace, String key, String value) {
    return nkv.set(scope, namespace, key, value);
  }

  @Override
  public CompletionStage<Void> delete(String scope, String namespace, String key) {
    return nkv.delete(scope, namespace, key);
  }

  @Override
  public CompletionStage<Boolean> exists(String scope, String namespace, String key) {
    return nkv.exists(scope, namespace, key);
  }

  @Override
  public CompletionStage<List<NkvEntry>> list(String scope, String namespace) {
    return nkv.list(scope, namespace);
  }

  @Override
  public CompletionStage<Void> deleteAll(String scope, String namespace) {
    return nkv.deleteAll(scope, namespace);
  }
}
