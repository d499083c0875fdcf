package sre.api.component.support;

import java.util.Locale;
import java.util.Map;

/**
 * SmythFS URIs ({@code smythfs://<id>.<role>/<path>}, spec §3.6): their storage resource ids and
 * public URLs. Without a router, public URLs use SRE's {@code http://nullrouter.local} base.
 */
public final class SmythFs {
  public static final String NO_ROUTER = "http://nullrouter.local";
  private static final Map<String, String> EXTENSIONS =
      Map.of(
          "text/plain", "txt",
          "application/json", "json",
          "text/html", "html",
          "image/jpeg", "jpg",
          "image/svg+xml", "svg",
          "application/octet-stream", "bin");

  private SmythFs() {}

  /** The URI of a file owned by an agent. */
  public static String agentUri(String agentId, String path) {
    return "smythfs://" + agentId + ".agent/" + path;
  }

  /** {@code smythfs://a1.agent/x/y} → {@code agents/a1/x/y}; other text is returned unchanged. */
  public static String resourceId(String uri) {
    if (!uri.startsWith("smythfs://")) {
      return uri;
    }
    String rest = uri.substring("smythfs://".length());
    int slash = rest.indexOf('/');
    String owner = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash + 1);
    int dot = owner.lastIndexOf('.');
    String id = dot < 0 ? owner : owner.substring(0, dot);
    String role = dot < 0 ? "team" : owner.substring(dot + 1);
    return role + "s/" + id + "/" + path;
  }

  /** The public URL of a stored file: {@code <base>/storage/<owner hash>/<file name>}. */
  public static String publicUrl(String baseUrl, String uri) {
    String base = baseUrl == null || baseUrl.isEmpty() ? NO_ROUTER : baseUrl;
    String id = resourceId(uri);
    String name = id.substring(id.lastIndexOf('/') + 1);
    String owner = id.substring(0, Math.max(0, id.lastIndexOf('/')));
    String hash = Integer.toHexString(owner.hashCode() & 0xffffff);
    return stripSlash(base) + "/storage/" + hash + "/" + name;
  }

  /** The usual file extension of a mime type ({@code text/plain} → {@code txt}), or "". */
  public static String extension(String mimetype) {
    if (mimetype == null || mimetype.isEmpty()) {
      return "";
    }
    String m = mimetype.toLowerCase(Locale.ROOT);
    String known = EXTENSIONS.get(m);
    if (known != null) {
      return known;
    }
    int slash = m.indexOf('/');
    return slash < 0 ? "" : m.substring(slash + 1);
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
