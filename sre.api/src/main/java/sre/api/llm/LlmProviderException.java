package sre.api.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * A provider call failed. {@link #kind()} tells the kernel whether to retry; {@link #retryAfter()}
 * carries the provider's {@code Retry-After}. Messages hold the provider's status and a short
 * excerpt of its error text, never request content or keys.
 */
public class LlmProviderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Failure classes, as the retry policy sees them. */
  public enum Kind {
    /** HTTP 429. Retryable. */
    RATE_LIMITED(true),
    /** HTTP 5xx. Retryable. */
    SERVER_ERROR(true),
    /** Connect or read timeout. Retryable. */
    TIMEOUT(true),
    /** HTTP 401/403: the key was refused. */
    AUTHENTICATION(false),
    /** Other HTTP 4xx: the request itself is wrong. */
    BAD_REQUEST(false),
    /** The provider answered something that is not its protocol (bad JSON, a cut stream). */
    MALFORMED_RESPONSE(false),
    /** Network failure other than a timeout (connection refused, reset). */
    CONNECTION(false),
    /** The operation is not offered by this provider or connector. */
    UNSUPPORTED(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }
  }

  private final Kind kind;
  private final int status;
  private final transient Duration retryAfter;

  public LlmProviderException(
      Kind kind, int status, Duration retryAfter, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public LlmProviderException(Kind kind, String message) {
    this(kind, 0, null, message, null);
  }

  public Kind kind() {
    return kind;
  }

  /** HTTP status, 0 when the failure was not an HTTP answer. */
  public int status() {
    return status;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public boolean retryable() {
    return kind.retryable();
  }
}
