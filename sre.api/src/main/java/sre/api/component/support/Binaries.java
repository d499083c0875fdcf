package sre.api.component.support;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Binary typing (SRE's {@code inferBinaryType} / {@code BinaryInput}). */
public final class Binaries {
  private static final Pattern DATA_URL =
      Pattern.compile("^data:([\\w+\\-.]+/[\\w+\\-.]+);base64,(.*)$", Pattern.DOTALL);
  private static final Pattern URL = Pattern.compile("^(https?|ftp)://\\S+$");
  private static final String UID_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private Binaries() {}

  /** The typed binary value(s) for an input value, or null when it is not binary (no error). */
  public static Object fromValue(Object value, String key) {
    if (value instanceof BinaryValue) {
      return value;
    }
    if (value instanceof Map<?, ?> map && map.get("url") instanceof String url) {
      Object mime = map.get("mimetype");
      if (mime instanceof String m) {
        Object name = map.get("name");
        return new BinaryValue(
            null, m, name instanceof String n ? n : fileName(key, m), url.strip());
      }
    }
    if (!(value instanceof String s)) {
      return null;
    }
    String trimmed = s.strip();
    if (isUrl(trimmed) || isBase64(s) || DATA_URL.matcher(s).matches()) {
      return fromString(trimmed, key);
    }
    List<Object> values = new ArrayList<>();
    for (String part : s.split("[,\\n]")) {
      String p = part.strip();
      if (isUrl(p)) {
        values.add(fromString(p, key));
      }
    }
    return values.isEmpty() ? null : values;
  }

  private static BinaryValue fromString(String s, String key) {
    Matcher m = DATA_URL.matcher(s);
    if (m.matches()) {
      byte[] bytes = decodeBase64(m.group(2));
      return new BinaryValue(bytes, m.group(1), fileName(key, m.group(1)), null);
    }
    if (isUrl(s)) {
      return new BinaryValue(null, "", fileName(key, ""), s);
    }
    byte[] bytes = decodeBase64(s);
    String mime = sniff(bytes);
    return new BinaryValue(bytes, mime, fileName(key, mime), null);
  }

  /** Whether a text is a URL SRE would fetch ({@code http(s)}, {@code ftp}, {@code smythfs}). */
  public static boolean isUrl(String s) {
    return URL.matcher(s).matches() || s.startsWith("smythfs://");
  }

  /**
   * SRE's {@code isBase64}: the text (whitespace removed) re-encodes to itself, so any text made of
   * base64 characters of a decodable length counts ({@code text data} is 6 bytes).
   */
  public static boolean isBase64(String s) {
    if (s.isEmpty()) {
      return false;
    }
    String clean = s.replaceAll("\\s|\\\\n|\\\\s", "");
    String body = clean.replaceAll("=+$", "");
    if (body.isEmpty() || !body.chars().allMatch(Binaries::isBase64Char)) {
      return false;
    }
    int rem = body.length() % 4;
    if (rem == 1) {
      return false;
    }
    int last = base64Value(body.charAt(body.length() - 1));
    return rem == 0 || (rem == 2 && (last & 0xF) == 0) || (rem == 3 && (last & 0x3) == 0);
  }

  private static boolean isBase64Char(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '/';
  }

  private static int base64Value(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '+' || c == '-' ? 62 : 63;
  }

  /**
   * Node's lenient base64 decoding: skips characters outside the alphabet, accepts the URL-safe
   * alphabet, stops at padding and drops an incomplete final character.
   */
  public static byte[] decodeBase64(String s) {
    StringBuilder clean = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '=') {
        break;
      }
      if (isBase64Char(c) || c == '-' || c == '_') {
        clean.append(c == '-' ? '+' : c == '_' ? '/' : c);
      }
    }
    if (clean.length() % 4 == 1) {
      clean.setLength(clean.length() - 1);
    }
    return Base64.getMimeDecoder().decode(clean.toString());
  }

  /** The mime type recognised from magic bytes, or {@code ""}. */
  public static String sniff(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "image/png";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "image/gif";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "application/pdf";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "application/zip";
    }
    return "";
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** {@code <uid>-<key>.<extension>} as SRE names uploaded inputs. */
  public static String fileName(String key, String mimetype) {
    return uid() + "-" + key + "." + extension(mimetype);
  }

  private static String extension(String mimetype) {
    String m = mimetype.toLowerCase(Locale.ROOT);
    return switch (m) {
      case "" -> "";
      case "text/plain" -> "txt";
      case "image/jpeg" -> "jpg";
      case "image/svg+xml" -> "svg";
      case "text/javascript", "application/javascript" -> "js";
      case "application/octet-stream" -> "bin";
      default -> {
        String sub = m.substring(m.indexOf('/') + 1);
        int plus = sub.indexOf('+');
        yield plus > 0 ? sub.substring(0, plus) : sub;
      }
    };
  }

  /** A short random id in SRE's style (upper-case letters and digits). */
  public static String uid() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    char[] c = new char[11];
    for (int i = 0; i < c.length; i++) {
      c[i] = UID_CHARS.charAt(r.nextInt(UID_CHARS.length()));
    }
    return new String(c);
  }
}
