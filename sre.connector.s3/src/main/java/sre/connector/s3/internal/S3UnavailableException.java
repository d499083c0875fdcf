package sre.connector.s3.internal;

/**
 * An S3 request failed for a reason outside the caller's control: server unreachable, too slow, or
 * refusing the request. The message names endpoint, bucket and operation; never credentials.
 */
public final class S3UnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  S3UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
