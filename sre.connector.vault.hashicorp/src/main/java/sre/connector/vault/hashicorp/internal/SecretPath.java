package sre.connector.vault.hashicorp.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The KV v2 secret holding one team's keys: {@code <mount>/data/<prefix>/<teamId>}. Each segment is
 * URL-encoded and the team id is one segment, so a team id can never reach another team's path.
 *
 * @param display the path as Vault operators write it, for messages
 * @param api the request path, {@code /v1/...}
 */
record SecretPath(String display, String api) {

  static SecretPath of(String mount, String prefix, String teamId) {
    String logical = prefix.isEmpty() ? teamId : prefix + "/" + teamId;
    String encoded =
        encodeSegments(mount)
            + "/data/"
            + (prefix.isEmpty() ? "" : encodeSegments(prefix) + "/")
            + encode(teamId);
    return new SecretPath(mount + "/data/" + logical, "/v1/" + encoded);
  }

  /** Team ids that cannot name a secret of their own ("", ".", ".."): such a team has none. */
  static boolean isUsable(String teamId) {
    return !teamId.isEmpty() && !teamId.equals(".") && !teamId.equals("..");
  }

  static String encodeSegments(String path) {
    return Arrays.stream(path.split("/")).map(SecretPath::encode).collect(Collectors.joining("/"));
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
