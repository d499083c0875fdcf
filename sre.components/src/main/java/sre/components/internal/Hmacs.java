package sre.components.internal;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC with Node.js digest names. */
final class Hmacs {
  private Hmacs() {}

  static byte[] sign(String hash, byte[] key, byte[] data) {
    String jdk = FHashComponent.jdkName(hash);
    if (jdk.startsWith("unsupported:")) {
      throw new IllegalArgumentException("Invalid digest: " + hash);
    }
    String algorithm = "Hmac" + jdk.replace("-", "").replace("/", "");
    try {
      Mac mac = Mac.getInstance(algorithm);
      // HMAC pads keys with zero bytes, so an empty key equals a single zero byte (the JDK
      // refuses empty keys)
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Invalid digest: " + hash);
    }
  }
}
