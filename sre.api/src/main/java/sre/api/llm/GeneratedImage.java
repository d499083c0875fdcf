package sre.api.llm;

/**
 * One generated image: its bytes, or (when the provider answers with a link instead) the URL to
 * fetch them from, the media type, and the prompt the provider actually used, if it rewrote it.
 */
public record GeneratedImage(byte[] data, String url, String mimeType, String revisedPrompt) {
  public GeneratedImage {
    if (data == null && (url == null || url.isBlank())) {
      throw new IllegalArgumentException("an image needs its bytes or a URL");
    }
    mimeType = mimeType == null || mimeType.isBlank() ? "image/png" : mimeType;
  }
}
