package sre.api.cache;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;
import sre.api.security.Acl;

/**
 * Cache operations bound to one candidate (SRE's cache requester). Values are strings (callers
 * store JSON text); TTLs are in seconds. A key nobody holds may be created by anyone; afterwards
 * its ACL decides.
 */
@ProviderType
public interface CacheRequester {
  /** The value, or empty when missing or expired. Needs read. */
  CompletionStage<Optional<String>> get(String key);

  /**
   * Stores a value; {@code ttlSeconds} &le; 0 means no expiry. The stored ACL is {@code acl} plus
   * the caller as owner. Needs write.
   */
  CompletionStage<Void> set(
      String key, String value, Acl acl, Map<String, String> metadata, long ttlSeconds);

  /** Stores a value with no extra ACL, no metadata and no expiry. */
  default CompletionStage<Void> set(String key, String value) {
    return set(key, value, Acl.empty(), Map.of(), 0);
  }

  /** Stores a value that expires after {@code ttlSeconds}. */
  default CompletionStage<Void> set(String key, String value, long ttlSeconds) {
    return set(key, value, Acl.empty(), Map.of(), ttlSeconds);
  }

  /** Deletes a key; deleting a missing key succeeds. Needs write. */
  CompletionStage<Void> delete(String key);

  CompletionStage<Boolean> exists(String key);

  /** User metadata (without the ACL), or empty when the key is missing. Needs read. */
  CompletionStage<Optional<Map<String, String>>> getMetadata(String key);

  /** Merges metadata. Needs write. */
  CompletionStage<Void> setMetadata(String key, Map<String, String> metadata);

  /**
   * Sets ({@code ttlSeconds} &gt; 0) or clears ({@code ttlSeconds} &le; 0) the expiry. Needs write.
   */
  CompletionStage<Void> updateTtl(String key, long ttlSeconds);

  /**
   * Remaining lifetime in whole seconds (rounded up); empty when the key has no expiry or is
   * missing (one answer for every backend, where SRE returned -1, 0 or days depending on the
   * connector).
   */
  CompletionStage<OptionalLong> getTtl(String key);

  CompletionStage<Optional<Acl>> getAcl(String key);

  /** Replaces the ACL; the caller stays owner. Needs owner. */
  CompletionStage<Void> setAcl(String key, Acl acl);
}
