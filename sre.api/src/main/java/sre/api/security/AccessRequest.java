package sre.api.security;

import java.util.Objects;

/** A candidate asking for one access level on one resource. */
public record AccessRequest(AccessCandidate candidate, String resourceId, AccessLevel level) {
  public AccessRequest {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(level, "level");
  }
}
