package sre.api.component.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** JavaScript conversions the SRE semantics rely on ({@code String(v)}, truthiness, numbers). */
public final class JsValues {
  private JsValues() {}

  /** JavaScript truthiness: false for null, false, 0, NaN and the empty string. */
  public static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s) {
      return !s.isEmpty();
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return d != 0 && !Double.isNaN(d);
    }
    return true;
  }

  /** JavaScript {@code String(value)}: objects become {@code [object Object]}, arrays join. */
  public static String toJsString(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Number n) {
      return numberToString(n);
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        Object e = list.get(i);
        if (e != null) {
          sb.append(toJsString(e));
        }
      }
      return sb.toString();
    }
    if (value instanceof Map<?, ?>) {
      return "[object Object]";
    }
    return value.toString();
  }

  /** How JavaScript prints a number: integral values without a fraction. */
  public static String numberToString(Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      return n.toString();
    }
    double d = n.doubleValue();
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      return new BigDecimal(d).toPlainString();
    }
    String s = Double.toString(d);
    if (Math.abs(d) >= 1e-6 && Math.abs(d) < 1e21 && !s.contains("E")) {
      return s;
    }
    return new BigDecimal(s).stripTrailingZeros().toString().replace("E", "e");
  }

  /** A double as the JSON number SRE would produce: integral values become {@code Long}. */
  public static Number normalize(double d) {
    if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.007199254740992e15) {
      return (long) d;
    }
    return d;
  }

  /** A parsed JSON number with a fraction or exponent: kept as a double unless integral. */
  static Number normalizeParsed(double d) {
    return normalize(d);
  }

  /** JavaScript {@code Number(value)} (strict: the whole string must be numeric). */
  public static double toNumber(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (value instanceof List<?> list) {
      return list.isEmpty() ? 0 : list.size() == 1 ? toNumber(toJsString(list)) : Double.NaN;
    }
    if (!(value instanceof String)) {
      return Double.NaN;
    }
    String s = ((String) value).strip();
    if (s.isEmpty()) {
      return 0;
    }
    String lower = s.toLowerCase();
    try {
      if (lower.startsWith("0x")) {
        return Long.parseLong(s.substring(2), 16);
      }
      if (lower.startsWith("0o")) {
        return Long.parseLong(s.substring(2), 8);
      }
      if (lower.startsWith("0b")) {
        return Long.parseLong(s.substring(2), 2);
      }
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
    if (s.equals("Infinity") || s.equals("+Infinity")) {
      return Double.POSITIVE_INFINITY;
    }
    if (s.equals("-Infinity")) {
      return Double.NEGATIVE_INFINITY;
    }
    int end = decimalPrefix(s, 0);
    if (end != s.length()) {
      return Double.NaN;
    }
    return Double.parseDouble(s);
  }

  /** JavaScript {@code parseFloat(String(value))}: the longest numeric prefix, else NaN. */
  public static double parseFloat(Object value) {
    String s = toJsString(value).stripLeading();
    int start = 0;
    String rest = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    if (rest.startsWith("Infinity")) {
      return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    int end = decimalPrefix(s, start);
    if (end == 0) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s.substring(0, end));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** JavaScript {@code parseInt(String(value))} (radix 10, or 16 after {@code 0x}). */
  public static double parseInt(Object value) {
    String s = toJsString(value).stripLeading();
    int i = 0;
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    int radix = 10;
    if (s.regionMatches(true, i, "0x", 0, 2)) {
      radix = 16;
      i += 2;
    }
    int start = i;
    while (i < s.length() && Character.digit(s.charAt(i), radix) >= 0 && s.charAt(i) < 128) {
      i++;
    }
    if (i == start) {
      return Double.NaN;
    }
    double v = new java.math.BigInteger(s.substring(start, i), radix).doubleValue();
    return negative ? -v : v;
  }

  /** End index of the longest JavaScript decimal literal starting at {@code from} (0 if none). */
  private static int decimalPrefix(String s, int from) {
    int i = from;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      int j = i + 1;
      int frac = 0;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
        frac++;
      }
      if (digits + frac > 0) {
        i = j;
        digits += frac;
      }
    }
    if (digits == 0) {
      return from;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      int exp = 0;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
        exp++;
      }
      if (exp > 0) {
        i = j;
      }
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
