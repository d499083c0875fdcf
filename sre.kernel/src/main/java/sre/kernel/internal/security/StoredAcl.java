package sre.kernel.internal.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessLevel;
import sre.api.security.AccessRole;
import sre.api.security.Acl;

/**
 * ACLs as kept in connector metadata (under the {@code acl} key, compact form). Shared by every
 * subsystem that stores ACLs beside data (Storage, Cache).
 */
public final class StoredAcl {
  public static final String KEY = "acl";

  private StoredAcl() {}

  /**
   * The ACL in stored metadata. A malformed entry reads as an ACL that grants nobody: the kernel
   * fails closed rather than guessing.
   */
  public static Acl of(Optional<Map<String, String>> metadata) {
    if (metadata.isEmpty()) {
      return Acl.of(Acl.XXH3, Map.of());
    }
    try {
      return AclCodec.decode(metadata.get().get(KEY));
    } catch (IllegalArgumentException e) {
      return Acl.of(Acl.XXH3, Map.of());
    }
  }

  /** {@code base} plus {@code extra} plus the writer as owner (anonymous writers gain nothing). */
  public static Acl withOwner(Acl base, Acl extra, AccessCandidate writer) {
    Acl merged = AclCodec.merge(base, extra);
    if (writer.role() == AccessRole.PUBLIC) {
      return merged;
    }
    return AclCodec.merge(merged, Acl.empty().grant(writer, AccessLevel.OWNER));
  }

  /** User metadata plus the encoded ACL; a caller-supplied {@code acl} key is ignored. */
  public static Map<String, String> attach(Map<String, String> userMetadata, Acl acl) {
    Map<String, String> out = new HashMap<>(userMetadata);
    out.put(KEY, AclCodec.encode(acl));
    return out;
  }

  /** Metadata as callers see it: without the ACL. */
  public static Map<String, String> strip(Map<String, String> stored) {
    Map<String, String> out = new HashMap<>(stored);
    out.remove(KEY);
    return Map.copyOf(out);
  }
}
