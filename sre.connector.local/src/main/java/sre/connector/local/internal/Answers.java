package sre.connector.local.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Stages for connectors that answer from memory on the caller's thread: a failure becomes a failed
 * stage, never an exception thrown at the caller, as the SPI's asynchronous contract promises.
 */
final class Answers {

  private Answers() {}

  static <T> CompletionStage<T> now(Supplier<T> answer) {
    try {
      return CompletableFuture.completedFuture(answer.get());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  static CompletionStage<Void> done(Runnable action) {
    return now(
        () -> {
          action.run();
          return null;
        });
  }
}
