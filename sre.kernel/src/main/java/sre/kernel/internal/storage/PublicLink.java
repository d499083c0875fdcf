package sre.kernel.internal.storage;

import java.util.Optional;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessRole;

/**
 * What a public link records: who made it (the file is read with their rights) and which file.
 * Stored as three lines; neither a role, a candidate id nor a resource id holds a line break.
 */
record PublicLink(AccessCandidate owner, String resourceId) {
  String encode() {
    return owner.role().name() + "\n" + owner.id() + "\n" + resourceId;
  }

  static Optional<PublicLink> decode(String text) {
    String[] parts = text.split("\n", 3);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      AccessRole role = AccessRole.valueOf(parts[0]);
      return Optional.of(new PublicLink(new AccessCandidate(role, parts[1]), parts[2]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
