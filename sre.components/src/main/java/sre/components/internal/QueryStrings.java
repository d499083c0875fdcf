package sre.components.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import sre.api.component.support.JsValues;

/** Node's {@code querystring.stringify} for JSON values. */
final class QueryStrings {
  private QueryStrings() {}

  static String stringify(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return "";
    }
    StringJoiner out = new StringJoiner("&");
    map.forEach(
        (k, v) -> {
          String key = escape(String.valueOf(k));
          if (v instanceof List<?> list) {
            for (Object e : list) {
              out.add(key + "=" + escape(primitive(e)));
            }
          } else {
            out.add(key + "=" + escape(primitive(v)));
          }
        });
    return out.toString();
  }

  private static String primitive(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? JsValues.numberToString(n) : "";
    }
    if (v instanceof Boolean b) {
      return b.toString();
    }
    return "";
  }

  /** encodeURIComponent-style escaping (Node's querystring.escape). */
  private static String escape(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%21", "!")
        .replace("%27", "'")
        .replace("%28", "(")
        .replace("%29", ")")
        .replace("%2A", "*")
        .replace("%7E", "~");
  }
}
