package sre.components.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import sre.api.component.support.Binaries;
import sre.api.component.support.JsValues;

/** Node.js {@code Buffer} encodings as SRE's F* components use them. */
final class NodeBuffers {
  private NodeBuffers() {}

  /** The canonical encoding name, or throws Node's {@code Unknown encoding: X}. */
  static String encoding(Object name) {
    if (name == null) {
      return "utf8";
    }
    String n = JsValues.toJsString(name);
    return switch (n.toLowerCase(Locale.ROOT)) {
      case "utf8", "utf-8" -> "utf8";
      case "hex" -> "hex";
      case "base64" -> "base64";
      case "base64url" -> "base64url";
      case "latin1", "binary" -> "latin1";
      case "ascii" -> "ascii";
      case "ucs2", "ucs-2", "utf16le", "utf-16le" -> "utf16le";
      default -> throw new IllegalArgumentException("Unknown encoding: " + n);
    };
  }

  /** {@code buffer.toString(encoding)}. */
  static String encode(byte[] bytes, String encoding) {
    return switch (encoding(encoding)) {
      case "hex" -> HexFormat.of().formatHex(bytes);
      case "base64" -> Base64.getEncoder().encodeToString(bytes);
      case "base64url" -> Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      case "latin1" -> new String(bytes, StandardCharsets.ISO_8859_1);
      case "ascii" -> {
        char[] c = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
          c[i] = (char) (bytes[i] & 0x7F);
        }
        yield new String(c);
      }
      case "utf16le" -> new String(bytes, 0, bytes.length & ~1, StandardCharsets.UTF_16LE);
      default -> new String(bytes, StandardCharsets.UTF_8);
    };
  }

  /** {@code Buffer.from(text, encoding)}, lenient as Node is. */
  static byte[] decode(String text, String encoding) {
    return switch (encoding(encoding)) {
      case "hex" -> decodeHex(text);
      case "base64", "base64url" -> Binaries.decodeBase64(text);
      case "latin1", "ascii" -> {
        byte[] b = new byte[text.length()];
        for (int i = 0; i < b.length; i++) {
          b[i] = (byte) text.charAt(i);
        }
        yield b;
      }
      case "utf16le" -> text.getBytes(StandardCharsets.UTF_16LE);
      default -> text.getBytes(StandardCharsets.UTF_8);
    };
  }

  /** Hex pairs up to the first invalid one (Node stops there). */
  static byte[] decodeHex(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 2);
    for (int i = 0; i + 1 < text.length(); i += 2) {
      int hi = Character.digit(text.charAt(i), 16);
      int lo = Character.digit(text.charAt(i + 1), 16);
      if (hi < 0 || lo < 0) {
        break;
      }
      out.write(hi * 16 + lo);
    }
    return out.toByteArray();
  }

  /** {@code Buffer.from(value)} for non-string values: arrays of numbers become bytes. */
  static byte[] fromArrayLike(List<?> list) {
    byte[] b = new byte[list.size()];
    for (int i = 0; i < b.length; i++) {
      double d = JsValues.toNumber(list.get(i));
      b[i] = Double.isNaN(d) ? 0 : (byte) (long) d;
    }
    return b;
  }

  /** Bytes for a crypto {@code update(data)}: only strings are accepted from JSON values. */
  static byte[] cryptoData(Object data, boolean present) {
    if (data instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    throw NodeErrors.argument("data", NodeErrors.DATA_TYPES, data, present);
  }
}
