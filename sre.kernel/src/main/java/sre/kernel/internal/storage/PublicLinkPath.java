package sre.kernel.internal.storage;

import java.util.Optional;

/**
 * The path of a public link: {@code /_temp/<hash>/<uid>} (temporary) or {@code
 * /storage/<hash>/<uid>[.<ext>]} (lasting), and the cache key each kind is recorded under (SRE's
 * {@code pub_url:<uid>} and {@code storage_url-<uid>}).
 */
record PublicLinkPath(boolean temporary, String hash, String uid, String fileName) {
  static final String TEMP = "/_temp/";
  static final String STORAGE = "/storage/";

  String cacheKey() {
    return temporary ? "pub_url:" + uid : "storage_url-" + uid;
  }

  /** Parses the path part of a link (a full URL is cut at its path first). */
  static Optional<PublicLinkPath> parse(String pathOrUrl) {
    String path = pathOrUrl;
    int scheme = path.indexOf("://");
    if (scheme >= 0) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "/" : path.substring(slash);
    }
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    boolean temporary = path.startsWith(TEMP);
    if (!temporary && !path.startsWith(STORAGE)) {
      return Optional.empty();
    }
    String rest = path.substring(temporary ? TEMP.length() : STORAGE.length());
    String[] parts = rest.split("/", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      return Optional.empty();
    }
    String file = parts[1];
    int dot = file.indexOf('.');
    String uid = temporary || dot < 0 ? file : file.substring(0, dot);
    if (!uid.matches("[0-9a-fA-F-]{8,64}")) {
      return Optional.empty();
    }
    return Optional.of(new PublicLinkPath(temporary, parts[0], uid, file));
  }
}
