package sre.itest;

import java.util.function.BooleanSupplier;

/**
 * Polls a condition with a deadline (inside the framework, where Awaitility is not provisioned).
 */
final class Poll {
  private Poll() {}

  static void until(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.onSpinWait();
      Thread.sleep(5);
    }
  }
}
