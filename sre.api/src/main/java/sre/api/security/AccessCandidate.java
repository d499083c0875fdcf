package sre.api.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who is asking: a role and an id. Every subsystem call carries one; the kernel checks it against
 * the resource's {@link Acl} before the connector sees the call.
 *
 * <p>Ids may contain letters, digits, {@code -}, {@code _}, {@code .} and {@code @} (SRE rejects
 * {@code _}, which its own SDK uses in agent ids; accepted here).
 */
public record AccessCandidate(AccessRole role, String id) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._@-]{0,256}");
  private static final AccessCandidate PUBLIC = new AccessCandidate(AccessRole.PUBLIC, "");
  private static final AccessCandidate SYSTEM = new AccessCandidate(AccessRole.SYSTEM, "system");

  public AccessCandidate {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "Invalid candidate id '" + id + "' for role " + role.key());
    }
    if (id.isEmpty() && role != AccessRole.PUBLIC) {
      throw new IllegalArgumentException("Candidate id must not be empty for role " + role.key());
    }
  }

  public static AccessCandidate user(String id) {
    return new AccessCandidate(AccessRole.USER, id);
  }

  public static AccessCandidate agent(String id) {
    return new AccessCandidate(AccessRole.AGENT, id);
  }

  public static AccessCandidate team(String id) {
    return new AccessCandidate(AccessRole.TEAM, id);
  }

  public static AccessCandidate anonymous() {
    return PUBLIC;
  }

  public static AccessCandidate system() {
    return SYSTEM;
  }

  /** A read request by this candidate on a resource. */
  public AccessRequest read(String resourceId) {
    return new AccessRequest(this, resourceId, AccessLevel.READ);
  }

  /** A write request by this candidate on a resource. */
  public AccessRequest write(String resourceId) {
    return new AccessRequest(this, resourceId, AccessLevel.WRITE);
  }

  /** An owner request by this candidate on a resource. */
  public AccessRequest owner(String resourceId) {
    return new AccessRequest(this, resourceId, AccessLevel.OWNER);
  }

  @Override
  public String toString() {
    return "AC:R[" + role.key() + "]:ID[" + id + "]";
  }
}
