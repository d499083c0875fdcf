package sre.api.llm;

import java.util.Objects;

/**
 * Media sent with a user message (vision inputs): either a URL the provider fetches, or inline
 * base64 data. {@code toString} leaves the data out, which may be large or private.
 */
public record LlmAttachment(String mimeType, String url, String base64Data) {
  public LlmAttachment {
    Objects.requireNonNull(mimeType, "mimeType");
    if ((url == null) == (base64Data == null)) {
      throw new IllegalArgumentException("An attachment has either a url or base64 data");
    }
  }

  public static LlmAttachment url(String mimeType, String url) {
    return new LlmAttachment(mimeType, url, null);
  }

  public static LlmAttachment data(String mimeType, String base64Data) {
    return new LlmAttachment(mimeType, null, base64Data);
  }

  @Override
  public String toString() {
    return "LlmAttachment["
        + mimeType
        + (url != null ? ", url=" + url : ", " + base64Data.length() + " base64 chars")
        + "]";
  }
}
