package sre.components.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;

/** FHash: digest of {@code Data} with {@code algorithm}, encoded as {@code encoding}. */
@Component(service = sre.api.component.Component.class)
@ComponentName("FHash")
public final class FHashComponent implements sre.api.component.Component {

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> config = call.config();
    try {
      MessageDigest digest = digest(config.get("algorithm"));
      digest.update(
          NodeBuffers.cryptoData(call.inputs().get("Data"), call.inputs().containsKey("Data")));
      Object encoding = config.get("encoding");
      return Outputs.of(
          "Hash",
          NodeBuffers.encode(
              digest.digest(), encoding == null ? "hex" : JsValues.toJsString(encoding)));
    } catch (RuntimeException e) {
      return Outputs.error(e.getMessage());
    }
  }

  /** The JDK digest for a Node.js algorithm name. */
  static MessageDigest digest(Object algorithm) {
    if (!(algorithm instanceof String name)) {
      throw NodeErrors.argument("algorithm", "of type string", algorithm, algorithm != null);
    }
    try {
      return MessageDigest.getInstance(jdkName(name));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("Digest method not supported");
    }
  }

  static String jdkName(String node) {
    String n = node.toLowerCase(Locale.ROOT);
    return switch (n) {
      case "md5" -> "MD5";
      case "sha1", "sha-1" -> "SHA-1";
      case "sha224", "sha-224" -> "SHA-224";
      case "sha256", "sha-256" -> "SHA-256";
      case "sha384", "sha-384" -> "SHA-384";
      case "sha512", "sha-512" -> "SHA-512";
      case "sha512-224" -> "SHA-512/224";
      case "sha512-256" -> "SHA-512/256";
      case "sha3-224", "sha3-256", "sha3-384", "sha3-512" -> n.toUpperCase(Locale.ROOT);
      default -> "unsupported:" + n;
    };
  }
}
