package sre.connector.lc4j;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;

/**
 * A non-2xx answer, with its {@code Retry-After}. Extends langchain4j's HttpException so its error
 * mapping keeps working; {@link Failures} finds it in the cause chain.
 */
public final class ProviderHttpException extends HttpException {
  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  public ProviderHttpException(int status, String body, Duration retryAfter) {
    super(status, body);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
