package sre.connector.tck;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for connector stages with a deadline, so a connector that never completes fails the test
 * instead of hanging the build.
 */
public final class Stages {

  /** Long enough for a remote backend on a busy CI machine, short enough to notice a hang. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Stages() {}

  /** The stage's value; its failure is rethrown as a {@link CompletionException}. */
  public static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new CompletionException(e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("Stage did not complete within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for a stage", e);
    }
  }

  /** The cause the stage failed with; fails the test when the stage succeeds. */
  public static Throwable failure(CompletionStage<?> stage) {
    try {
      Object value = stage.toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return fail("Expected the stage to fail, but it completed with " + value);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return cause instanceof CompletionException && cause.getCause() != null
          ? cause.getCause()
          : cause;
    } catch (TimeoutException e) {
      throw new AssertionError("Stage did not complete within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for a stage", e);
    }
  }
}
