package sre.connector.local.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Maps storage resource ids ({@code teams/default/agent-1/file.txt}) to files under a root folder,
 * refusing anything that could land outside it: absolute ids, {@code .}/{@code ..} or empty
 * segments, backslashes and NUL.
 */
final class ResourceIds {

  private ResourceIds() {}

  /** The file for {@code id} under {@code root}. */
  static Path resolve(Path root, String id) {
    check(id, "Resource id");
    return inside(root, id);
  }

  /**
   * The folder under {@code root} where ids starting with {@code prefix} live: the prefix up to its
   * last {@code /} (the rest may be part of a file name).
   */
  static Path folderOf(Path root, String prefix) {
    int slash = prefix.lastIndexOf('/');
    if (slash <= 0) {
      if (prefix.startsWith("/")) {
        throw invalid("Prefix", prefix);
      }
      return root;
    }
    String folder = prefix.substring(0, slash);
    check(folder, "Prefix");
    return inside(root, folder);
  }

  private static void check(String id, String what) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    if (id.startsWith("/") || id.indexOf('\\') >= 0 || id.indexOf('\0') >= 0) {
      throw invalid(what, id);
    }
    for (String segment : id.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw invalid(what, id);
      }
    }
  }

  private static Path inside(Path root, String relative) {
    try {
      Path path = root.resolve(relative).normalize();
      if (!path.startsWith(root) || path.equals(root)) {
        throw invalid("Resource id", relative);
      }
      return path;
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(
          "Resource id '" + relative + "' is not a valid file name here: " + e.getReason(), e);
    }
  }

  private static IllegalArgumentException invalid(String what, String id) {
    return new IllegalArgumentException(
        what
            + " '"
            + id
            + "' must be a relative path of '/'-separated names without empty, '.' or '..'"
            + " segments (path traversal refused)");
  }
}
