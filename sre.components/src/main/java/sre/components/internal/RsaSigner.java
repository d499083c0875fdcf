package sre.components.internal;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Locale;

/** RSA signatures from PEM private keys (PKCS#8 or PKCS#1), PKCS#1 v1.5 or PSS padding. */
final class RsaSigner {
  private RsaSigner() {}

  static byte[] sign(byte[] data, String pem, String hash, String padding) {
    try {
      PrivateKey key = privateKey(pem);
      String jdkHash = FHashComponent.jdkName(hash);
      if (jdkHash.startsWith("unsupported:")) {
        throw new IllegalArgumentException("Invalid digest: " + hash);
      }
      Signature signature;
      if (padding.equals("RSA_PKCS1_PSS_PADDING")) {
        signature = Signature.getInstance("RSASSA-PSS");
        int hashLen = java.security.MessageDigest.getInstance(jdkHash).getDigestLength();
        int keyBytes = (((java.security.interfaces.RSAKey) key).getModulus().bitLength() + 7) / 8;
        // Node signs PSS with the largest salt by default (RSA_PSS_SALTLEN_MAX_SIGN)
        signature.setParameter(
            new PSSParameterSpec(
                jdkHash, "MGF1", new MGF1ParameterSpec(jdkHash), keyBytes - hashLen - 2, 1));
      } else {
        signature =
            Signature.getInstance(jdkHash.replace("-", "").toUpperCase(Locale.ROOT) + "withRSA");
      }
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          e instanceof IllegalArgumentException ? e.getMessage() : "Invalid RSA key or digest", e);
    }
  }

  private static PrivateKey privateKey(String pem) throws GeneralSecurityException {
    boolean pkcs1 = pem.contains("BEGIN RSA PRIVATE KEY");
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    byte[] der;
    try {
      der = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid RSA private key");
    }
    if (pkcs1) {
      der = wrapPkcs1(der);
    }
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  /** PKCS#8 PrivateKeyInfo around a PKCS#1 RSAPrivateKey. */
  private static byte[] wrapPkcs1(byte[] pkcs1) {
    byte[] algorithm = {
      0x30,
      0x0d,
      0x06,
      0x09,
      0x2a,
      (byte) 0x86,
      0x48,
      (byte) 0x86,
      (byte) 0xf7,
      0x0d,
      0x01,
      0x01,
      0x01,
      0x05,
      0x00
    };
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(new byte[] {0x02, 0x01, 0x00});
    body.writeBytes(algorithm);
    body.write(0x04);
    writeLength(body, pkcs1.length);
    body.writeBytes(pkcs1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    writeLength(out, body.size());
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static void writeLength(ByteArrayOutputStream out, int length) {
    if (length < 0x80) {
      out.write(length);
    } else if (length < 0x100) {
      out.write(0x81);
      out.write(length);
    } else if (length < 0x10000) {
      out.write(0x82);
      out.write(length >> 8);
      out.write(length & 0xFF);
    } else {
      out.write(0x83);
      out.write(length >> 16);
      out.write((length >> 8) & 0xFF);
      out.write(length & 0xFF);
    }
  }
}
