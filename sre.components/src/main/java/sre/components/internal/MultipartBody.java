package sre.components.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import sre.api.component.support.BinaryValue;

/** A {@code multipart/form-data} body built in memory (RFC 7578), as Node's FormData sends it. */
final class MultipartBody {
  private final String boundary;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  MultipartBody() {
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    StringBuilder b = new StringBuilder("----SREFormBoundary");
    for (byte x : random) {
      b.append(String.format("%02x", x & 0xff));
    }
    boundary = b.toString();
  }

  void field(String name, String value) {
    text(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + quote(name)
            + "\"\r\n\r\n");
    text(value);
    text("\r\n");
  }

  void file(String name, BinaryValue file) {
    String mime = file.mimetype().isEmpty() ? "application/octet-stream" : file.mimetype();
    text(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + quote(name)
            + "\"; filename=\""
            + quote(file.name())
            + "\"\r\nContent-Type: "
            + mime
            + "\r\n\r\n");
    out.writeBytes(file.data());
    text("\r\n");
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  byte[] bytes() {
    ByteArrayOutputStream all = new ByteArrayOutputStream(out.size() + 64);
    all.writeBytes(out.toByteArray());
    all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return all.toByteArray();
  }

  private void text(String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String quote(String s) {
    return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }
}
