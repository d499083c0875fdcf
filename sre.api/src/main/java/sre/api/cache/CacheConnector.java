package sre.api.cache;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
}
