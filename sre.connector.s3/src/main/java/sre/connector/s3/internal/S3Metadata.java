package sre.connector.s3.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Metadata as S3 user metadata ({@code x-amz-meta-<key>} headers), kept verbatim although S3
 * lower-cases header names and headers carry only printable ASCII.
 *
 * <p>An entry whose key is lower-case ASCII and whose value is printable ASCII is stored as is, so
 * the ACL sits in {@code x-amz-meta-acl} as SRE keeps it and objects written by SRE read back
 * unchanged. Other keys are stored as {@code kx-<hex of UTF-8>}, other values as {@code b64:<base64
 * of UTF-8>}. Keys starting with {@code sre-} are never produced by the encoding: the connector
 * uses them for its own entries (the cache's expiry).
 */
final class S3Metadata {
  static final String RESERVED_PREFIX = "sre-";

  private static final Pattern PLAIN_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern PLAIN_VALUE =
      Pattern.compile("[\\x21-\\x7e]([\\x20-\\x7e]*[\\x21-\\x7e])?");
  private static final String HEX_KEY = "kx-";
  private static final String BASE64_VALUE = "b64:";

  private S3Metadata() {}

  static Map<String, String> encode(Map<String, String> metadata) {
    Map<String, String> s3 = new HashMap<>();
    metadata.forEach((key, value) -> s3.put(encodeKey(key), encodeValue(value)));
    return s3;
  }

  /** The caller's metadata from S3 user metadata, without the connector's reserved entries. */
  static Map<String, String> decode(Map<String, String> s3) {
    Map<String, String> metadata = new HashMap<>();
    s3.forEach(
        (key, value) -> {
          String lower = key.toLowerCase(Locale.ROOT);
          if (!lower.startsWith(RESERVED_PREFIX)) {
            metadata.put(decodeKey(lower), decodeValue(value));
          }
        });
    return metadata;
  }

  private static String encodeKey(String key) {
    boolean plain =
        PLAIN_KEY.matcher(key).matches()
            && !key.startsWith(HEX_KEY)
            && !key.startsWith(RESERVED_PREFIX);
    return plain ? key : HEX_KEY + HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeKey(String key) {
    return key.startsWith(HEX_KEY)
        ? new String(
            HexFormat.of().parseHex(key.substring(HEX_KEY.length())), StandardCharsets.UTF_8)
        : key;
  }

  private static String encodeValue(String value) {
    boolean plain = PLAIN_VALUE.matcher(value).matches() && !value.startsWith(BASE64_VALUE);
    return plain
        ? value
        : BASE64_VALUE + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeValue(String value) {
    return value.startsWith(BASE64_VALUE)
        ? new String(
            Base64.getDecoder().decode(value.substring(BASE64_VALUE.length())),
            StandardCharsets.UTF_8)
        : value;
  }
}
