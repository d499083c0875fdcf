package sre.karaf.itest;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes (no fixed sleeps). */
final class Poll {
  private static final long STEP_NANOS = Duration.ofMillis(5).toNanos();

  private Poll() {}

  /** Milliseconds until {@code condition} held; fails with {@code what} after {@code timeout}. */
  static long until(String what, Duration timeout, BooleanSupplier condition) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(what + ": not within " + timeout.toMillis() + " ms");
      }
      LockSupport.parkNanos(STEP_NANOS);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }
}
