package sre.kernel.internal.security;

/** Validation of resource ids and keys before they reach a connector. */
public final class ResourceIds {
  private ResourceIds() {}

  /** Rejects blank ids, control characters and {@code ..} segments (path traversal). */
  public static String check(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("Resource id must not be blank");
    }
    if (id.length() > 1024) {
      throw new IllegalArgumentException("Resource id longer than 1024 characters");
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) {
        throw new IllegalArgumentException("Resource id contains a control character");
      }
    }
    for (String segment : id.split("/")) {
      if (segment.equals("..")) {
        throw new IllegalArgumentException("Resource id must not contain '..': " + id);
      }
    }
    return id;
  }
}
