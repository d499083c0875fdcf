package sre.cli.internal.conformance;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.AgentRunner;
import sre.api.agent.RunListener;
import sre.api.component.support.Json;
import sre.api.security.AccessCandidate;

/**
 * Runs cases through an {@link AgentRunner} as the corpus README prescribes: one fresh run per
 * case, the request as recorded, the result compared by {@link CaseComparison}. Runs do not hold
 * threads, so many cases are in flight at once (FSleep cases wait side by side).
 */
public final class CaseRunner {
  private final AgentRunner runner;
  private final Corpus corpus;
  private final Duration caseTimeout;

  public CaseRunner(AgentRunner runner, Corpus corpus, Duration caseTimeout) {
    this.runner = runner;
    this.corpus = corpus;
    this.caseTimeout = caseTimeout;
  }

  /** Runs the cases with at most {@code inFlight} at a time; results in the cases' order. */
  public List<CaseResult> runAll(List<ConformanceCase> cases, int inFlight)
      throws InterruptedException {
    Semaphore slots = new Semaphore(Math.max(1, inFlight));
    List<CompletableFuture<CaseResult>> runs = new ArrayList<>(cases.size());
    for (ConformanceCase c : cases) {
      slots.acquire();
      CompletableFuture<CaseResult> run = run(c);
      run.whenComplete((result, error) -> slots.release());
      runs.add(run);
    }
    List<CaseResult> results = new ArrayList<>(runs.size());
    runs.forEach(run -> results.add(run.join()));
    return results;
  }

  /** One case; never fails: a run that cannot start or finish is a failed case. */
  public CompletableFuture<CaseResult> run(ConformanceCase c) {
    AgentRequest request =
        new AgentRequest(
            c.method(), c.path(), c.headers(), c.query(), c.body(), AccessCandidate.anonymous());
    CompletableFuture<AgentResponse> response;
    try {
      response =
          runner
              .run(corpus.agent(c.agent()), request, RunListener.NONE)
              .toCompletableFuture()
              .orTimeout(caseTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (UncheckedIOException e) {
      return CompletableFuture.completedFuture(
          CaseResult.notRun(c, "cannot read agent " + c.agent() + ": " + e.getCause()));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(CaseResult.notRun(c, "run failed: " + e));
    }
    return response.handle(
        (answer, error) -> error == null ? compare(c, answer) : failed(c, error));
  }

  private static CaseResult compare(ConformanceCase c, AgentResponse response) {
    // Compared as the JSON an HTTP client would read, not as Java objects.
    Object actual = Json.parse(Json.stringify(response.data()));
    Optional<String> difference = CaseComparison.compare(c, actual);
    if (difference.isEmpty() && c.expectStatus() != null && c.expectStatus() != response.status()) {
      difference = Optional.of("status " + response.status() + " instead of " + c.expectStatus());
    }
    return CaseResult.compared(c, difference, actual);
  }

  private CaseResult failed(ConformanceCase c, Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof TimeoutException) {
      return CaseResult.notRun(c, "no result within " + caseTimeout.toSeconds() + " s");
    }
    return CaseResult.notRun(
        c, "run failed: " + (cause.getMessage() == null ? cause : cause.getMessage()));
  }
}
