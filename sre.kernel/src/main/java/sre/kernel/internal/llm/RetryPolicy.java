package sre.kernel.internal.llm;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import sre.api.llm.LlmProviderException;

/**
 * When and how long to wait before another attempt: only retryable provider failures (429, 5xx,
 * timeouts), at most {@code maxAttempts} attempts, exponential backoff with jitter, and the
 * provider's {@code Retry-After} taken as is when it is given (unless it exceeds {@code maxWait},
 * in which case waiting is pointless and the failure stands).
 */
record RetryPolicy(
    int maxAttempts, Duration initial, Duration max, double jitter, Duration maxWait) {

  /** The wait before attempt {@code attempt + 1}, or empty to give up. */
  Optional<Duration> delayAfter(int attempt, Throwable failure, DoubleSupplier random) {
    if (attempt >= maxAttempts || !(failure instanceof LlmProviderException e) || !e.retryable()) {
      return Optional.empty();
    }
    Optional<Duration> retryAfter = e.retryAfter();
    if (retryAfter.isPresent()) {
      return retryAfter.get().compareTo(maxWait) > 0 ? Optional.empty() : retryAfter;
    }
    double base = Math.min(max.toNanos(), initial.toNanos() * Math.pow(2, attempt - 1));
    // Jitter spreads clients that failed together so they do not retry in lockstep.
    double jittered = base * (1 - jitter * random.getAsDouble());
    return Optional.of(Duration.ofNanos((long) jittered));
  }
}
