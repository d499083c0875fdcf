package sre.shell.internal;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for an asynchronous SRE call on the console thread, with a deadline. */
final class Await {
  private Await() {}

  /**
   * The stage's value; its failure cause is rethrown as is (so the console prints the real
   * message), a missed deadline as {@link TimeoutException}.
   */
  static <T> T result(CompletionStage<T> stage, Duration timeout) throws Exception {
    try {
      return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      throw e;
    } catch (TimeoutException e) {
      throw new TimeoutException("no answer within " + timeout.toMillis() + " ms");
    }
  }
}
