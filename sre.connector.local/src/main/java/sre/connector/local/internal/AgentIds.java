package sre.connector.local.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids for agent files that carry none. SRE made up a random {@code tmp-<uid>} on every load; here
 * the id comes from the file name, so it survives restarts: {@code tmp-<name>} when the name is
 * already a valid candidate id, else the name with other characters replaced by {@code -} plus a
 * short hash of the real name, so two names never end up with one id.
 */
final class AgentIds {

  static final String EXTENSION = ".smyth";

  /** Longest name kept before the hash (ids are at most 256 characters). */
  private static final int MAX_NAME = 200;

  private AgentIds() {}

  static String fromFileName(String fileName) {
    String base =
        fileName.endsWith(EXTENSION)
            ? fileName.substring(0, fileName.length() - EXTENSION.length())
            : fileName;
    String safe = base.replaceAll("[^A-Za-z0-9._@-]", "-");
    if (safe.equals(base) && !base.isEmpty() && base.length() <= MAX_NAME) {
      return "tmp-" + base;
    }
    String shortened = safe.length() > MAX_NAME ? safe.substring(0, MAX_NAME) : safe;
    return "tmp-" + shortened + "-" + shortHash(fileName);
  }

  private static String shortHash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
