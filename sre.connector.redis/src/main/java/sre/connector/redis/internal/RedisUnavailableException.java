package sre.connector.redis.internal;

/**
 * A Redis call failed for a reason outside the caller's control: Redis unreachable, restarting, too
 * slow, or refusing the command. The message names the endpoint and the operation; it never carries
 * a password.
 */
public final class RedisUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RedisUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
