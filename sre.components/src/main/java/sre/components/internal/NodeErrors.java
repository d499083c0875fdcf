package sre.components.internal;

import java.util.List;
import java.util.Map;
import sre.api.component.support.JsValues;

/**
 * Node.js argument errors, which SRE passes through as {@code _error} text (e.g. {@code The "data"
 * argument must be of type string ... Received type number (12345)}).
 */
final class NodeErrors {
  private NodeErrors() {}

  /** Node's description of a received value ({@code Received type number (42)}...). */
  static String received(Object value, boolean present) {
    if (!present) {
      return "Received undefined";
    }
    if (value == null) {
      return "Received null";
    }
    if (value instanceof Map) {
      return "Received an instance of Object";
    }
    if (value instanceof List) {
      return "Received an instance of Array";
    }
    if (value instanceof String s) {
      String shown = s.length() > 28 ? s.substring(0, 25) + "..." : s;
      return "Received type string ('" + shown + "')";
    }
    String type =
        value instanceof Number ? "number" : value instanceof Boolean ? "boolean" : "object";
    return "Received type " + type + " (" + JsValues.toJsString(value) + ")";
  }

  static IllegalArgumentException argument(
      String name, String expected, Object v, boolean present) {
    return new IllegalArgumentException(
        "The \"" + name + "\" argument must be " + expected + ". " + received(v, present));
  }

  static final String DATA_TYPES =
      "of type string or an instance of Buffer, TypedArray, or DataView";
  static final String KEY_TYPES =
      "of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or"
          + " CryptoKey";
  static final String BUFFER_FROM =
      "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array"
          + " or an Array-like Object. ";
}
