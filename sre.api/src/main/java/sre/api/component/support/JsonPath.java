package sre.api.component.support;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SRE's {@code JSONExpression}: reads a dot/bracket path ({@code a.b[0].c}) from a value the way
 * JavaScript property access does.
 */
public final class JsonPath {
  /** Returned for a path that leads nowhere (JavaScript {@code undefined}). */
  public static final Object UNDEFINED = new Object();

  private static final Pattern SEPARATORS = Pattern.compile("\\.|\\[|\\]\\.|\\]\\[|\\]");

  private JsonPath() {}

  /** The value at {@code path}, or {@link #UNDEFINED}. */
  public static Object get(Object root, String path) {
    Object current = root;
    for (String property : SEPARATORS.split(path)) {
      if (property.isEmpty()) {
        continue;
      }
      if (current == null || current == UNDEFINED) {
        return UNDEFINED;
      }
      current = property(current, property);
    }
    return current;
  }

  /** One JavaScript property access {@code value[property]}, or {@link #UNDEFINED}. */
  public static Object property(Object value, String property) {
    if (value == null || value == UNDEFINED) {
      return UNDEFINED;
    }
    if (value instanceof Map<?, ?> map) {
      return map.containsKey(property) ? map.get(property) : UNDEFINED;
    }
    if (value instanceof List<?> list) {
      if (property.equals("length")) {
        return (long) list.size();
      }
      int index = index(property);
      return index >= 0 && index < list.size() ? list.get(index) : UNDEFINED;
    }
    if (value instanceof String s) {
      if (property.equals("length")) {
        return (long) s.length();
      }
      int index = index(property);
      return index >= 0 && index < s.length() ? String.valueOf(s.charAt(index)) : UNDEFINED;
    }
    return UNDEFINED;
  }

  private static int index(String property) {
    if (property.isEmpty() || property.length() > 9) {
      return -1;
    }
    for (int i = 0; i < property.length(); i++) {
      if (property.charAt(i) < '0' || property.charAt(i) > '9') {
        return -1;
      }
    }
    if (property.length() > 1 && property.charAt(0) == '0') {
      return -1;
    }
    return Integer.parseInt(property);
  }
}
