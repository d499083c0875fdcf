package sre.api.security;

/**
 * Access levels of an ACL entry. {@code OWNER} implies every other level in the kernel's decision.
 */
public enum AccessLevel {
  NONE("n"),
  OWNER("o"),
  READ("r"),
  WRITE("w");

  private final String letter;

  AccessLevel(String letter) {
    this.letter = letter;
  }

  /** One-letter code used in the compact ACL form. */
  public String letter() {
    return letter;
  }

  public static AccessLevel fromLetter(char letter) {
    for (AccessLevel l : values()) {
      if (l.letter.charAt(0) == letter) {
        return l;
      }
    }
    throw new IllegalArgumentException("Unknown access level letter: " + letter);
  }
}
