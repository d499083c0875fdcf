package sre.components.internal;

/**
 * An encoded APICall request body.
 *
 * @param bytes the body, or null when the request carries none
 * @param contentType the content type the body needs (multipart boundary, binary mime), or null to
 *     keep the configured one
 */
record ApiCallBody(byte[] bytes, String contentType) {
  static final ApiCallBody NONE = new ApiCallBody(null, null);
}
