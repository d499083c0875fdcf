package sre.router.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts runs in flight per caller; a caller at its limit is refused (429) until one ends. */
final class RunLimiter {
  private final Map<String, Integer> running = new ConcurrentHashMap<>();

  /** Takes a slot for {@code caller}; false when it already has {@code limit} runs in flight. */
  boolean tryAcquire(String caller, int limit) {
    boolean[] acquired = {false};
    running.compute(
        caller,
        (k, n) -> {
          int current = n == null ? 0 : n;
          if (current >= limit) {
            return n;
          }
          acquired[0] = true;
          return current + 1;
        });
    return acquired[0];
  }

  void release(String caller) {
    // removing the entry at zero keeps the map as small as the set of active callers
    running.computeIfPresent(caller, (k, n) -> n <= 1 ? null : n - 1);
  }

  int inFlight(String caller) {
    return running.getOrDefault(caller, 0);
  }
}
