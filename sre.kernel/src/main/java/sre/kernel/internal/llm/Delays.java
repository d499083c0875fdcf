package sre.kernel.internal.llm;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Time for the retry and rate-limit policy: a monotonic clock and timers that hold no thread while
 * they wait. Tests substitute a virtual clock.
 */
interface Delays {
  long nanoTime();

  /** Completes after {@code delay}; cancelling it drops the timer's effect. */
  CompletableFuture<Void> after(Duration delay);

  /**
   * JDK timers: {@link CompletableFuture#delayedExecutor}, whose one shared daemon thread only
   * fires them.
   */
  Delays SYSTEM =
      new Delays() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public CompletableFuture<Void> after(Duration delay) {
          if (delay.isZero() || delay.isNegative()) {
            return CompletableFuture.completedFuture(null);
          }
          return CompletableFuture.runAsync(
              () -> {},
              CompletableFuture.delayedExecutor(
                  delay.toNanos(), TimeUnit.NANOSECONDS, Runnable::run));
        }
      };
}
