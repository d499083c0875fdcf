package sre.connector.local.internal;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * One RAM cache entry: value, metadata and an optional deadline on the {@code System.nanoTime}
 * scale (compared by subtraction, as that clock may wrap).
 */
record CachedValue(String value, Map<String, String> metadata, boolean expires, long deadline) {

  /** Longest TTL honoured exactly (~146 years): keeps {@code now + ttl} from overflowing. */
  private static final long MAX_TTL_NANOS = Long.MAX_VALUE / 2;

  static CachedValue of(String value, Map<String, String> metadata, long ttlSeconds, long now) {
    CachedValue entry = new CachedValue(value, Map.copyOf(metadata), false, 0);
    return entry.withTtl(ttlSeconds, now);
  }

  /** The same entry with a new expiry; {@code ttlSeconds} &le; 0 clears it. */
  CachedValue withTtl(long ttlSeconds, long now) {
    if (ttlSeconds <= 0) {
      return new CachedValue(value, metadata, false, 0);
    }
    long ttl = Math.min(TimeUnit.SECONDS.toNanos(ttlSeconds), MAX_TTL_NANOS);
    return new CachedValue(value, metadata, true, now + ttl);
  }

  CachedValue withMetadata(Map<String, String> newMetadata) {
    return new CachedValue(value, Map.copyOf(newMetadata), expires, deadline);
  }

  boolean expiredAt(long now) {
    return expires && now - deadline >= 0;
  }

  /** Remaining whole seconds, rounded up; empty without expiry. */
  OptionalLong remainingSeconds(long now) {
    if (!expires) {
      return OptionalLong.empty();
    }
    long left = Math.max(0, deadline - now);
    long second = TimeUnit.SECONDS.toNanos(1);
    return OptionalLong.of((left + second - 1) / second);
  }
}
