package sre.kernel.internal.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A clock and timers that move only when the test says so; records every delay asked for. */
final class VirtualDelays implements Delays {
  private record Timer(long due, CompletableFuture<Void> future) {}

  private final List<Timer> timers = new ArrayList<>();
  final List<Duration> requested = new ArrayList<>();
  private long now = 1_000_000_000L;

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized CompletableFuture<Void> after(Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      return CompletableFuture.completedFuture(null);
    }
    requested.add(delay);
    CompletableFuture<Void> f = new CompletableFuture<>();
    timers.add(new Timer(now + delay.toNanos(), f));
    return f;
  }

  /** Moves the clock and fires the timers that fall due, in order. */
  void advance(Duration by) {
    List<Timer> due;
    synchronized (this) {
      now += by.toNanos();
      due =
          timers.stream()
              .filter(t -> t.due <= now)
              .sorted(Comparator.comparingLong(Timer::due))
              .toList();
      timers.removeAll(due);
    }
    due.forEach(t -> t.future.complete(null));
  }

  synchronized int pending() {
    return (int) timers.stream().filter(t -> !t.future.isDone()).count();
  }
}
