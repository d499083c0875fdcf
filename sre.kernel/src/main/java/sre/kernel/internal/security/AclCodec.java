package sre.kernel.internal.security;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import sre.api.security.AccessLevel;
import sre.api.security.AccessRole;
import sre.api.security.Acl;

/**
 * SRE's compact ACL form, kept in stored metadata so data written by SRE and by this runtime
 * interoperate: {@code h:xxh3|u:63edb0950fc8c927/o|a:fcf1a5605d79016e/rw}. Stored ACLs always carry
 * hashed keys.
 */
public final class AclCodec {
  private AclCodec() {}

  /** The entry key of {@code id} in an ACL hashed with {@code algorithm}. */
  public static String key(String algorithm, String id) {
    return Acl.PLAIN.equals(algorithm) ? id : Xxh64.hex(id);
  }

  /** The same grants with hashed keys (no-op for an already hashed ACL). */
  public static Acl hashed(Acl acl) {
    if (Acl.XXH3.equals(acl.hashAlgorithm())) {
      return acl;
    }
    Map<AccessRole, Map<String, Set<AccessLevel>>> out = new EnumMap<>(AccessRole.class);
    acl.entries()
        .forEach(
            (role, byKey) -> {
              Map<String, Set<AccessLevel>> inner = new LinkedHashMap<>();
              byKey.forEach(
                  (k, levels) ->
                      inner.merge(
                          Xxh64.hex(k),
                          levels,
                          (a, b) -> {
                            Set<AccessLevel> u = EnumSet.noneOf(AccessLevel.class);
                            u.addAll(a);
                            u.addAll(b);
                            return u;
                          }));
              out.put(role, inner);
            });
    return Acl.of(Acl.XXH3, out);
  }

  /** Union of two ACLs, in hashed form. */
  public static Acl merge(Acl a, Acl b) {
    Acl result = hashed(a);
    for (var role : hashed(b).entries().entrySet()) {
      for (var entry : role.getValue().entrySet()) {
        result =
            result.grantKey(
                role.getKey(), entry.getKey(), entry.getValue().toArray(AccessLevel[]::new));
      }
    }
    return result;
  }

  public static String encode(Acl acl) {
    Acl h = hashed(acl);
    StringBuilder sb = new StringBuilder("h:").append(h.hashAlgorithm());
    h.entries()
        .forEach(
            (role, byKey) -> {
              sb.append('|').append(role.letter()).append(':');
              boolean first = true;
              for (var e : byKey.entrySet()) {
                if (!first) {
                  sb.append(',');
                }
                first = false;
                sb.append(e.getKey()).append('/');
                e.getValue().forEach(l -> sb.append(l.letter()));
              }
            });
    return sb.toString();
  }

  /**
   * Parses the compact form. A missing or blank string is an empty ACL; a malformed one fails with
   * {@link IllegalArgumentException} (the kernel then denies access rather than guessing).
   */
  public static Acl decode(String text) {
    if (text == null || text.isBlank()) {
      return Acl.of(Acl.XXH3, Map.of());
    }
    String[] parts = text.split("\\|");
    if (!parts[0].startsWith("h:")) {
      throw new IllegalArgumentException("Malformed ACL: missing hash algorithm");
    }
    String algorithm = parts[0].substring(2);
    Map<AccessRole, Map<String, Set<AccessLevel>>> entries = new EnumMap<>(AccessRole.class);
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      int colon = part.indexOf(':');
      if (colon < 1) {
        throw new IllegalArgumentException("Malformed ACL entry: " + part);
      }
      AccessRole role = AccessRole.fromLetter(part.substring(0, colon));
      Map<String, Set<AccessLevel>> byKey = new LinkedHashMap<>();
      String body = part.substring(colon + 1);
      if (!body.isEmpty()) {
        for (String item : body.split(",")) {
          int slash = item.lastIndexOf('/');
          if (slash < 1) {
            throw new IllegalArgumentException("Malformed ACL entry: " + item);
          }
          Set<AccessLevel> levels = EnumSet.noneOf(AccessLevel.class);
          for (char c : item.substring(slash + 1).toCharArray()) {
            levels.add(AccessLevel.fromLetter(c));
          }
          byKey.put(item.substring(0, slash), levels);
        }
      }
      entries.put(role, byKey);
    }
    return Acl.of(algorithm, entries);
  }
}
