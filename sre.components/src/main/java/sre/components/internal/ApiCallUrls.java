package sre.components.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import sre.api.component.ComponentCall;
import sre.api.component.support.TemplateString;

/**
 * APICall's URL rules (spec §6.1): {@code +} → {@code %20}, template variables, vault keys, inputs,
 * unresolved placeholders removed, then every character a URL cannot hold percent-encoded (what the
 * WHATWG URL parser does to the text); existing {@code %XX} escapes are kept.
 */
final class ApiCallUrls {
  private static final Pattern LEFTOVER = Pattern.compile("\\{\\{.*?}}");
  private static final Pattern SMYTHFS_QUERY_VALUE = Pattern.compile("smythfs://([^/&#]+)");
  private static final String ALLOWED =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=";

  private ApiCallUrls() {}

  static CompletionStage<String> resolve(ComponentCall call, String url) {
    String step = templateVars(url.replace("+", "%20"), call.config());
    return TeamVault.resolve(call.run(), step)
        .thenApply(keyed -> clean(TemplateString.parse(keyed, call.inputs())))
        .thenApply(ApiCallUrls::normalize);
  }

  /** A template text (headers, body) with vault keys and inputs filled, leftovers kept. */
  static CompletionStage<String> template(ComponentCall call, String text) {
    String step = templateVars(text, call.config());
    return TeamVault.resolve(call.run(), step)
        .thenApply(keyed -> TemplateString.parse(keyed, call.inputs()));
  }

  /** SRE's {@code clean()}: placeholders nothing filled become empty. */
  static String clean(String text) {
    return LEFTOVER.matcher(text).replaceAll("");
  }

  /**
   * The team a {@code smythfs://} URI in the query belongs to when it is not {@code teamId} (SRE
   * refuses to expose another team's file), else null. {@code .agent}/{@code .user} owners belong
   * to the run's team here (the Account service maps them).
   */
  static String foreignTeam(String url, String teamId) {
    int q = url.indexOf('?');
    if (q < 0) {
      return null;
    }
    var m =
        SMYTHFS_QUERY_VALUE.matcher(URLDecoder.decode(url.substring(q), StandardCharsets.UTF_8));
    while (m.find()) {
      String owner = m.group(1);
      if (owner.endsWith(".team") && !owner.equals(teamId + ".team")) {
        return owner.substring(0, owner.length() - ".team".length());
      }
    }
    return null;
  }

  static String normalize(String url) {
    StringBuilder out = new StringBuilder(url.length() + 16);
    String trimmed = url.strip();
    int scheme = trimmed.indexOf("://");
    int pathStart = scheme < 0 ? 0 : trimmed.indexOf('/', scheme + 3);
    int authorityEnd = pathStart < 0 ? trimmed.length() : pathStart;
    for (int i = 0; i < trimmed.length(); ) {
      int cp = trimmed.codePointAt(i);
      int width = Character.charCount(cp);
      // brackets are legal only around an IPv6 host; java.net.URI refuses them elsewhere
      boolean bracket = (cp == '[' || cp == ']') && i >= authorityEnd;
      if (cp == '%' && isHex(trimmed, i + 1)) {
        out.append('%');
      } else if (cp < 128 && ALLOWED.indexOf(cp) >= 0 && !bracket) {
        out.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      }
      i += width;
    }
    return out.toString();
  }

  static URI toUri(String url) {
    return URI.create(url);
  }

  private static boolean isHex(String s, int at) {
    return at + 1 < s.length()
        && Character.digit(s.charAt(at), 16) >= 0
        && Character.digit(s.charAt(at + 1), 16) >= 0;
  }

  private static String templateVars(String text, Map<String, Object> config) {
    Object vars = config.get("_templateVars");
    if (vars instanceof Map<?, ?> map && !map.isEmpty() && TemplateString.hasPlaceholder(text)) {
      @SuppressWarnings("unchecked")
      Map<String, ?> data = (Map<String, ?>) map;
      return TemplateString.parse(text, data);
    }
    return text;
  }
}
