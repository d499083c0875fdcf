package sre.cli.internal;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import sre.api.agent.AgentRunner;
import sre.api.runtime.Readiness;

/** What the agent commands need from the runtime: a ready kernel, the engine, a run's result. */
final class RuntimeAccess {
  private RuntimeAccess() {}

  /**
   * Waits for readiness (every component bundle active) and then the engine; fails with a pointer
   * to {@code sre status} when either does not come before the deadline.
   */
  static AgentRunner runner(Services services, Deadline deadline, int timeoutSeconds) {
    Optional<Readiness> ready = services.await(Readiness.class, deadline);
    if (services.stopping()) {
      throw CommandFailure.stopped();
    }
    if (ready.isEmpty()) {
      throw CommandFailure.failed(
          "runtime not ready after " + timeoutSeconds + " s; run 'sre status' to see why");
    }
    Optional<AgentRunner> runner = services.await(AgentRunner.class, deadline);
    if (services.stopping()) {
      throw CommandFailure.stopped();
    }
    return runner.orElseThrow(
        () ->
            CommandFailure.failed(
                "no agent engine (AgentRunner service) after "
                    + timeoutSeconds
                    + " s; run 'sre status' to see why"));
  }

  /** The run's value; a failed run (a file the engine cannot load) becomes a one-line failure. */
  static <T> T await(CompletionStage<T> run, String what, Deadline deadline) {
    try {
      return run.toCompletableFuture().get(deadline.remainingMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
      throw CommandFailure.failed(what + ": " + message);
    } catch (TimeoutException e) {
      throw CommandFailure.failed(what + ": no result before the timeout");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CommandFailure.stopped();
    }
  }
}
