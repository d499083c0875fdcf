package sre.api.security;

/** The kind of principal an {@link AccessCandidate} stands for. */
public enum AccessRole {
  USER("u"),
  AGENT("a"),
  TEAM("t"),
  /** Anyone. ACL entries for this role grant access to every candidate. */
  PUBLIC("p"),
  /** The runtime itself (boot, schedulers, console). Trusted: the kernel grants it every level. */
  SYSTEM("s");

  private final String letter;

  AccessRole(String letter) {
    this.letter = letter;
  }

  /** One-letter code used in the compact ACL form ({@code u}, {@code a}, {@code t}, {@code p}). */
  public String letter() {
    return letter;
  }

  /** Lower-case name as SRE writes it ({@code user}, {@code agent}, ...). */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static AccessRole fromLetter(String letter) {
    for (AccessRole r : values()) {
      if (r.letter.equals(letter)) {
        return r;
      }
    }
    throw new IllegalArgumentException("Unknown role letter: " + letter);
  }
}
