package sre.api.storage;

/** A file as a public link serves it: its bytes, media type and the name it is offered under. */
public record PublicFile(byte[] data, String contentType, String name) {
  public PublicFile {
    contentType =
        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
  }
}
