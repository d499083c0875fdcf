package sre.api.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;
import sre.api.security.Acl;

/**
 * Storage operations bound to one candidate (SRE's storage requester). Resource ids are paths such
 * as {@code teams/default/agent-1/file.txt}. Every stage fails with {@link
 * sre.api.security.AccessDeniedException} when the candidate lacks access.
 */
@ProviderType
public interface StorageRequester {
  /** The object's bytes, or empty when it does not exist. Needs read. */
  CompletionStage<Optional<byte[]>> read(String resourceId);

  /**
   * Creates or replaces an object. The stored ACL is {@code acl} plus the caller as owner. Needs
   * write (a missing object may be created by anyone).
   */
  CompletionStage<Void> write(
      String resourceId, byte[] data, Acl acl, Map<String, String> metadata);

  /** Writes with no extra ACL and no metadata. */
  default CompletionStage<Void> write(String resourceId, byte[] data) {
    return write(resourceId, data, Acl.empty(), Map.of());
  }

  /** Deletes an object; deleting a missing object succeeds. Needs write. */
  CompletionStage<Void> delete(String resourceId);

  /** Whether the object exists. Needs read. */
  CompletionStage<Boolean> exists(String resourceId);

  /** User metadata (without the ACL), or empty when the object does not exist. Needs read. */
  CompletionStage<Optional<Map<String, String>>> getMetadata(String resourceId);

  /** Merges metadata into the object's metadata. Needs write. */
  CompletionStage<Void> setMetadata(String resourceId, Map<String, String> metadata);

  /** The object's ACL, or empty when the object does not exist. Needs read. */
  CompletionStage<Optional<Acl>> getAcl(String resourceId);

  /** Replaces the object's ACL; the caller stays owner. Needs owner. */
  CompletionStage<Void> setAcl(String resourceId, Acl acl);

  /**
   * Ids of the objects under a prefix that this candidate may read (SRE did not check listings;
   * here each entry is filtered by its ACL).
   */
  CompletionStage<List<String>> list(String prefix);
}
