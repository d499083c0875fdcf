package sre.api.component.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sre.api.component.InputDefinition;

/**
 * SRE's strong data typing ({@code performTypeInference}): converts values to their declared input
 * type. Falsy values are left alone; failures throw {@link TypingException} with SRE's message.
 */
public final class TypeCoercion {
  static final String DATE_ERROR =
      "Invalid Date value\n"
          + "The date string is expected to be in a format commonly used in English-speaking"
          + " countries.";

  private TypeCoercion() {}

  /**
   * A copy of {@code values} where each declared input with a truthy value is converted to its
   * type; other keys are copied unchanged.
   */
  public static Map<String, Object> apply(
      Map<String, Object> values, List<InputDefinition> declared) {
    if (declared.isEmpty()) {
      return values;
    }
    Map<String, Object> out = null;
    for (InputDefinition input : declared) {
      Object value = values.get(input.name());
      if (!JsValues.truthy(value)) {
        continue;
      }
      Object typed = coerce(value, input.type(), input.name());
      if (typed != value) {
        if (out == null) {
          out = new LinkedHashMap<>(values);
        }
        out.put(input.name(), typed);
      }
    }
    return out == null ? values : out;
  }

  /** Converts one truthy value to {@code type} (case-insensitive; unknown types pass through). */
  public static Object coerce(Object value, String type, String key) {
    String t = type == null ? "any" : type.toLowerCase(Locale.ROOT);
    switch (t) {
      case "string":
      case "text":
        return toText(value);
      case "number":
        return toNumber(value);
      case "integer":
        return toInteger(value);
      case "boolean":
        return toBoolean(value);
      case "array":
        return toArray(value);
      case "object":
        return toObject(value);
      case "date":
        return toDate(value);
      case "binary":
      case "image":
      case "audio":
      case "video":
        return Binaries.fromValue(value, key);
      default:
        return value;
    }
  }

  private static Object toText(Object value) {
    if (value instanceof String s) {
      return s.equals("null") || s.equals("undefined") ? "" : s;
    }
    if (value instanceof Map || value instanceof List) {
      return Json.stringify(value);
    }
    if (value instanceof BinaryValue b) {
      return b.mimetype().isEmpty() ? b.base64() : "data:" + b.mimetype() + ";base64," + b.base64();
    }
    return JsValues.toJsString(value);
  }

  private static Object toNumber(Object value) {
    double d = JsValues.parseFloat(value);
    if (Double.isNaN(d)) {
      throw new TypingException("Invalid Number value");
    }
    return JsValues.normalize(d);
  }

  private static Object toInteger(Object value) {
    double d = JsValues.parseInt(value);
    if (Double.isNaN(d)) {
      throw new TypingException("Invalid Integer value");
    }
    return JsValues.normalize(d);
  }

  private static Object toBoolean(Object value) {
    if (value instanceof Boolean) {
      return value;
    }
    if (value instanceof String || value instanceof Number) {
      String s = JsValues.toJsString(value).toLowerCase(Locale.ROOT);
      if (s.equals("true") || s.equals("1")) {
        return Boolean.TRUE;
      }
      if (s.equals("false") || s.equals("0")) {
        return Boolean.FALSE;
      }
    }
    throw new TypingException("Invalid Boolean value");
  }

  private static Object toArray(Object value) {
    if (value instanceof List) {
      return value;
    }
    if (!(value instanceof String s)) {
      throw new TypingException("Invalid Array value");
    }
    if (s.strip().startsWith("[")) {
      return tryParseJson(s);
    }
    return new ArrayList<Object>(List.of((Object[]) s.split(",", -1)));
  }

  private static Object toObject(Object value) {
    Object obj = value instanceof Map ? value : value instanceof String s ? tryParseJson(s) : null;
    if (!(obj instanceof Map)) {
      throw new TypingException("Invalid Object value");
    }
    return obj;
  }

  private static Object toDate(Object value) {
    Instant instant;
    if (value instanceof String s && Double.isNaN(JsValues.toNumber(s))) {
      instant = JsDates.parse(s);
    } else if (value instanceof String || value instanceof Number) {
      instant = JsDates.fromEpochMillis(JsValues.toNumber(value));
    } else {
      throw new TypingException(DATE_ERROR);
    }
    if (instant == null) {
      throw new TypingException(DATE_ERROR);
    }
    return JsDates.toIso(instant);
  }

  /**
   * SRE's permissive {@code JSONContent.tryParse}: JSON (or repaired JSON) when the text is
   * bracketed, else the first {@code {...}} inside it, else the text itself.
   */
  public static Object tryParseJson(String text) {
    if (text.isEmpty() || isNumeric(text)) {
      return text;
    }
    String s = text.strip();
    if ((s.startsWith("{") && s.endsWith("}")) || (s.startsWith("[") && s.endsWith("]"))) {
      Object parsed = Json.parseLenient(s);
      if (parsed != Json.INVALID) {
        return parsed;
      }
    }
    int open = text.indexOf('{');
    int close = text.lastIndexOf('}');
    String candidate = open >= 0 && close > open ? text.substring(open, close + 1).strip() : s;
    if (!candidate.startsWith("{") && !candidate.startsWith("[")) {
      return candidate;
    }
    Object parsed = Json.parseLenient(candidate);
    return parsed != Json.INVALID ? parsed : text;
  }

  private static boolean isNumeric(String s) {
    return !Double.isNaN(JsValues.toNumber(s)) && !s.isBlank();
  }
}
