package sre.kernel.internal.security;

import java.util.Optional;
import java.util.Set;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessLevel;
import sre.api.security.AccessRequest;
import sre.api.security.AccessRole;
import sre.api.security.Acl;

/**
 * The access decision, in one place (SRE's {@code SecureConnector.hasAccess}, with its holes
 * closed). Order: system candidate; the candidate's own entry (the level, or owner); public
 * entries; the candidate's team entry (the level, or owner). Otherwise deny.
 *
 * <p>Differences from SRE, on purpose: public entries grant (SRE's probe hashed an empty id and
 * never matched); an anonymous candidate only gets what public entries grant; a missing resource
 * lets anyone create it but is reported as absent to readers (callers decide what "missing" means).
 */
public final class AccessPolicy {
  private AccessPolicy() {}

  /**
   * @param acl the resource's ACL; empty when the resource does not exist
   * @param exists whether the resource exists (a missing resource grants its creator owner)
   * @param team the candidate's team, when known
   */
  public static boolean allows(
      AccessRequest request, Acl acl, boolean exists, Optional<String> team) {
    AccessCandidate c = request.candidate();
    if (c.role() == AccessRole.SYSTEM) {
      return true;
    }
    if (!exists) {
      return true;
    }
    AccessLevel level = request.level();
    String algorithm = acl.hashAlgorithm();
    if (c.role() != AccessRole.PUBLIC
        && grants(acl.levels(c.role(), AclCodec.key(algorithm, c.id())), level)) {
      return true;
    }
    if (grants(acl.levels(AccessRole.PUBLIC, AclCodec.key(algorithm, Acl.PUBLIC_KEY)), level)) {
      return true;
    }
    if (c.role() == AccessRole.PUBLIC || team.isEmpty()) {
      return false;
    }
    return grants(acl.levels(AccessRole.TEAM, AclCodec.key(algorithm, team.get())), level);
  }

  private static boolean grants(Set<AccessLevel> held, AccessLevel wanted) {
    return held.contains(wanted) || held.contains(AccessLevel.OWNER);
  }
}
