package sre.api.component.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text as SRE reads and writes it: {@link #stringify} is JavaScript's compact {@code
 * JSON.stringify}; {@link #parse} is strict JSON; {@link #parseLenient} also accepts what SRE's
 * {@code jsonrepair} fixes in practice (unquoted keys, single quotes, trailing commas, missing
 * closing brackets).
 */
public final class Json {
  private Json() {}

  /** What {@link #parse} and {@link #parseLenient} return for text that is not JSON. */
  public static final Object INVALID = new Object();

  /** Strict JSON (a value, possibly {@code null}), or {@link #INVALID}. */
  public static Object parse(String text) {
    return parse(text, false);
  }

  /** Strict JSON first, then the repaired forms, or {@link #INVALID} when neither works. */
  public static Object parseLenient(String text) {
    Object strict = parse(text, false);
    return strict != INVALID ? strict : parse(text, true);
  }

  /**
   * What jsonrepair makes of several values one after the other (newline-delimited JSON): each
   * value parsed leniently, a line that is no value kept as its trimmed text; one value alone is
   * returned as is. {@link #INVALID} for null or blank text.
   */
  public static Object parseSequence(String text) {
    if (text == null || text.isBlank()) {
      return INVALID;
    }
    List<Object> values = new JsonReader(text, true).readSequence();
    return values.size() == 1 ? values.get(0) : values;
  }

  private static Object parse(String text, boolean lenient) {
    if (text == null) {
      return INVALID;
    }
    try {
      return new JsonReader(text, lenient).readDocument();
    } catch (IllegalArgumentException e) {
      return INVALID;
    }
  }

  /** JavaScript's {@code JSON.stringify(value, null, 2)}. */
  public static String stringifyPretty(Object value) {
    StringBuilder sb = new StringBuilder();
    writePretty(sb, value, "");
    return sb.toString();
  }

  private static void writePretty(StringBuilder sb, Object value, String indent) {
    String inner = indent + "  ";
    if (value instanceof Map<?, ?> m && !m.isEmpty()) {
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(inner);
        write(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        writePretty(sb, e.getValue(), inner);
        sb.append(++i < m.size() ? ",\n" : "\n");
      }
      sb.append(indent).append('}');
    } else if (value instanceof List<?> l && !l.isEmpty()) {
      sb.append("[\n");
      for (int i = 0; i < l.size(); i++) {
        sb.append(inner);
        writePretty(sb, l.get(i), inner);
        sb.append(i + 1 < l.size() ? ",\n" : "\n");
      }
      sb.append(indent).append(']');
    } else {
      write(sb, value);
    }
  }

  /** JavaScript's {@code JSON.stringify(value)} without indentation. */
  public static String stringify(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object value) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      quote(sb, s);
    } else if (value instanceof Number n) {
      double d = n.doubleValue();
      sb.append(Double.isNaN(d) || Double.isInfinite(d) ? "null" : JsValues.numberToString(n));
    } else if (value instanceof Boolean b) {
      sb.append(b);
    } else if (value instanceof Map<?, ?> map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        quote(sb, String.valueOf(e.getKey()));
        sb.append(':');
        write(sb, e.getValue());
      }
      sb.append('}');
    } else if (value instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(sb, list.get(i));
      }
      sb.append(']');
    } else {
      quote(sb, value.toString());
    }
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /** A small recursive-descent reader; depth-limited so hostile input cannot overflow the stack. */
  private static final class JsonReader {
    private static final int MAX_DEPTH = 512;
    private final String s;
    private final boolean lenient;
    private int pos;

    JsonReader(String s, boolean lenient) {
      this.s = s;
      this.lenient = lenient;
    }

    List<Object> readSequence() {
      List<Object> out = new ArrayList<>();
      skipWs();
      while (pos < s.length()) {
        int start = pos;
        try {
          out.add(readValue(0));
        } catch (IllegalArgumentException e) {
          int eol = s.indexOf('\n', start);
          eol = eol < 0 ? s.length() : eol;
          out.add(s.substring(start, eol).strip());
          pos = eol;
        }
        skipWs();
      }
      return out;
    }

    Object readDocument() {
      skipWs();
      Object v = readValue(0);
      skipWs();
      if (pos != s.length()) {
        throw fail();
      }
      return v;
    }

    private Object readValue(int depth) {
      if (depth > MAX_DEPTH) {
        throw fail();
      }
      skipWs();
      if (pos >= s.length()) {
        throw fail();
      }
      char c = s.charAt(pos);
      switch (c) {
        case '{':
          return readObject(depth);
        case '[':
          return readArray(depth);
        case '"':
          return readString('"');
        case '\'':
          if (!lenient) {
            throw fail();
          }
          return readString('\'');
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return readNumber();
          }
          String word = readWord();
          switch (word) {
            case "true":
              return Boolean.TRUE;
            case "false":
              return Boolean.FALSE;
            case "null":
              return null;
            default:
              throw fail();
          }
      }
    }

    private Map<String, Object> readObject(int depth) {
      pos++;
      Map<String, Object> map = new LinkedHashMap<>();
      skipWs();
      if (consume('}')) {
        return map;
      }
      while (true) {
        skipWs();
        if (lenient && pos >= s.length()) {
          return map;
        }
        if (lenient && consume('}')) {
          return map;
        }
        String key;
        char c = peek();
        if (c == '"') {
          key = readString('"');
        } else if (lenient && c == '\'') {
          key = readString('\'');
        } else if (lenient && isWordChar(c)) {
          key = readWord();
        } else {
          throw fail();
        }
        skipWs();
        if (!consume(':')) {
          throw fail();
        }
        map.put(key, readValue(depth + 1));
        skipWs();
        if (consume(',')) {
          continue;
        }
        if (consume('}')) {
          return map;
        }
        if (lenient && pos >= s.length()) {
          return map;
        }
        throw fail();
      }
    }

    private List<Object> readArray(int depth) {
      pos++;
      List<Object> list = new ArrayList<>();
      skipWs();
      if (consume(']')) {
        return list;
      }
      while (true) {
        skipWs();
        if (lenient && pos >= s.length()) {
          return list;
        }
        if (lenient && consume(']')) {
          return list;
        }
        list.add(readValue(depth + 1));
        skipWs();
        if (consume(',')) {
          continue;
        }
        if (consume(']')) {
          return list;
        }
        if (lenient && pos >= s.length()) {
          return list;
        }
        throw fail();
      }
    }

    private String readString(char quote) {
      pos++;
      StringBuilder sb = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == quote) {
          return sb.toString();
        }
        if (c == '\\') {
          if (pos >= s.length()) {
            throw fail();
          }
          char e = s.charAt(pos++);
          switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'u' -> {
              if (pos + 4 > s.length()) {
                throw fail();
              }
              try {
                sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
              } catch (NumberFormatException ex) {
                throw fail();
              }
              pos += 4;
            }
            case '"', '\\', '/' -> sb.append(e);
            default -> {
              if (!lenient) {
                throw fail();
              }
              sb.append(e);
            }
          }
        } else if (c < 0x20 && !lenient) {
          throw fail();
        } else {
          sb.append(c);
        }
      }
      if (lenient) {
        return sb.toString();
      }
      throw fail();
    }

    private Number readNumber() {
      int start = pos;
      if (peek() == '-') {
        pos++;
      }
      while (pos < s.length() && "0123456789.eE+-".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      String text = s.substring(start, pos);
      if (!text.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
        throw fail();
      }
      if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException e) {
          return Double.parseDouble(text);
        }
      }
      return JsValues.normalizeParsed(Double.parseDouble(text));
    }

    private String readWord() {
      int start = pos;
      while (pos < s.length() && isWordChar(s.charAt(pos))) {
        pos++;
      }
      if (start == pos) {
        throw fail();
      }
      return s.substring(start, pos);
    }

    private static boolean isWordChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private void skipWs() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    private char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private boolean consume(char c) {
      if (pos < s.length() && s.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    private IllegalArgumentException fail() {
      return new IllegalArgumentException("invalid JSON at " + pos);
    }
  }
}
