package sre.cli.internal;

import java.time.Duration;

/** A point in time after which waiting stops; shared by the waits of one command. */
public final class Deadline {
  private final long endNanos;

  private Deadline(Duration total) {
    this.endNanos = System.nanoTime() + total.toNanos();
  }

  public static Deadline in(Duration total) {
    return new Deadline(total);
  }

  /** Milliseconds left, never negative. */
  public long remainingMillis() {
    return Math.max(0, Duration.ofNanos(endNanos - System.nanoTime()).toMillis());
  }
}
