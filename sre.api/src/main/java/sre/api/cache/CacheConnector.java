package sre.api.cache;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Cache backend SPI: I/O only, with expiry. The kernel keeps the ACL inside the metadata map under
 * {@link #ACL_METADATA_KEY}; the connector stores metadata verbatim beside the value and expires
 * both together.
 */
@ConsumerType
public interface CacheConnector {
  String ACL_METADATA_KEY = "acl";

  CompletionStage<Optional<CacheEntry>> get(String key);

  /** {@code ttlSeconds} &le; 0: no expiry. */
  CompletionStage<Void> set(
      String key, String value, Map<String, String> metadata, long ttlSeconds);

  CompletionStage<Void> delete(String key);

  CompletionStage<Boolean> exists(String key);

  CompletionStage<Optional<Map<String, String>>> getMetadata(String key);

  /** Replaces the metadata, keeping value and expiry. Fails when the key is missing. */
  CompletionStage<Void> setMetadata(String key, Map<String, String> metadata);

  /** {@code ttlSeconds} &le; 0 clears the expiry. */
  CompletionStage<Void> expire(String key, long ttlSeconds);

  /** Remaining whole seconds (rounded up); empty when no expiry or missing. */
  CompletionStage<OptionalLong> ttl(String key);

  /**
   * Sets the entry only if the key's stored {@value #ACL_METADATA_KEY} metadata is still {@code
   * expectedAcl} ({@code null}: only if the key does not exist); completes with whether it did. It
   * lets the kernel write with one backend round trip when it already knows a key's ACL, without
   * trusting that knowledge: if the ACL changed meanwhile nothing is written and the kernel checks
   * again. Connectors that can should do it atomically (Redis: one script); this default reads,
   * compares and writes.
   *
   * @since 1.1
   */
  default CompletionStage<Boolean> setIfAcl(
      String key, String value, Map<String, String> metadata, long ttlSeconds, String expectedAcl) {
    return getMetadata(key)
        .thenCompose(
            stored -> {
              boolean matches =
                  expectedAcl == null
                      ? stored.isEmpty()
                      : stored.map(m -> expectedAcl.equals(m.get(ACL_METADATA_KEY))).orElse(false);
              return matches
                  ? set(key, value, metadata, ttlSeconds).thenApply(v -> true)
                  : CompletableFuture.completedFuture(false);
            });
  }
}
