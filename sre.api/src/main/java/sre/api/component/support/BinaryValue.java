package sre.api.component.support;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A typed binary input (SRE's {@code BinaryInput}): bytes with a mime type and a file name, or a
 * reference to a URL whose content has not been read.
 *
 * @param data the bytes, or null for a URL reference
 * @param mimetype the mime type, {@code ""} when unknown
 * @param name the file name
 * @param url the source URL for a reference, else null
 */
public record BinaryValue(byte[] data, String mimetype, String name, String url) {

  /** The SmythFile JSON SRE stores in a request body for a file stored at {@code smythfsUrl}. */
  public Map<String, Object> toSmythFile(String smythfsUrl) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("mimetype", mimetype);
    file.put("size", data == null ? 0L : (long) data.length);
    file.put("url", smythfsUrl);
    file.put("name", name);
    return file;
  }

  /** Base64 of the bytes ({@code ""} for a URL reference). */
  public String base64() {
    return data == null ? "" : Base64.getEncoder().encodeToString(data);
  }

  @Override
  public String toString() {
    return "BinaryValue[" + name + ", " + mimetype + "]";
  }
}
