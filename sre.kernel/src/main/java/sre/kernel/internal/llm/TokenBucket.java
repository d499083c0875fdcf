package sre.kernel.internal.llm;

/**
 * A token bucket that never rejects: {@link #reserve} hands out the next permit and says how long
 * the caller must wait for it, so waiting callers are scheduled in order without holding threads.
 */
final class TokenBucket {
  private final double perNano;
  private final double capacity;
  private double tokens;
  private long updatedAt;

  TokenBucket(double perSecond, double burst, long now) {
    this.perNano = perSecond / 1e9;
    this.capacity = Math.max(1, burst);
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /** Takes one permit; returns the nanoseconds until it is usable (0: now). */
  synchronized long reserve(long now) {
    if (now > updatedAt) {
      tokens = Math.min(capacity, tokens + (now - updatedAt) * perNano);
      updatedAt = now;
    }
    tokens -= 1;
    return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
  }
}
