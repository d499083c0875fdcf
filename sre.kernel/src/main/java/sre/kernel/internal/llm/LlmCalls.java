package sre.kernel.internal.llm;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import sre.api.account.Account;
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmCredentials;
import sre.api.llm.LlmProviderException;
import sre.api.llm.ModelInfo;
import sre.api.llm.ModelsProvider;
import sre.api.llm.TokenUsage;
import sre.api.llm.UnknownModelException;
import sre.api.llm.UsageRecord;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessRole;

/**
 * The LLM policy, once for every provider: team lookup, routing through the registry, API key from
 * the team's vault, rate limit and retries ({@link RetryingCall}), one fallback model, and a ledger
 * line for every answered request.
 */
final class LlmCalls {
  /** What one attempt does with the resolved connector, provider model id and credentials. */
  @FunctionalInterface
  interface Operation<T> {
    CompletionStage<T> run(LlmConnector connector, String modelId, LlmCredentials credentials);
  }

  static final String DEFAULT_TEAM = "default";

  private final ModelsProvider registry;
  private final UsageLedger ledger;
  private final Supplier<List<Provider>> providers;
  private final KeyResolver keys;
  private final Supplier<Account> account;
  private final Supplier<RetryPolicy> policy;
  private final Delays delays;
  private final DoubleSupplier random;

  LlmCalls(
      ModelsProvider registry,
      UsageLedger ledger,
      Supplier<List<Provider>> providers,
      KeyResolver keys,
      Supplier<Account> account,
      Supplier<RetryPolicy> policy,
      Delays delays,
      DoubleSupplier random) {
    this.registry = registry;
    this.ledger = ledger;
    this.providers = providers;
    this.keys = keys;
    this.account = account;
    this.policy = policy;
    this.delays = delays;
    this.random = random;
  }

  /**
   * Runs {@code op} for {@code model} on behalf of {@code candidate}. {@code mayRetry} is asked
   * before each retry or fallback (a stream that already delivered tokens must not start over).
   */
  <T> CompletableFuture<T> call(
      AccessCandidate candidate,
      String model,
      CallKind kind,
      Operation<T> op,
      Function<T, TokenUsage> usage,
      BooleanSupplier mayRetry) {
    return call(candidate, model, kind, op, usage, mayRetry, true);
  }

  private <T> CompletableFuture<T> call(
      AccessCandidate candidate,
      String model,
      CallKind kind,
      Operation<T> op,
      Function<T, TokenUsage> usage,
      BooleanSupplier mayRetry,
      boolean fallbackAllowed) {
    CompletableFuture<T> outer = new CompletableFuture<>();
    AtomicReference<ModelInfo> resolved = new AtomicReference<>();
    teamOf(candidate)
        .thenCompose(
            team -> {
              ModelRouter.Route route =
                  ModelRouter.route(model, team, registry, providers.get())
                      .orElseThrow(() -> new UnknownModelException(model));
              resolved.set(route.model());
              if (!kind.servedBy(route.model())) {
                throw new LlmProviderException(
                    LlmProviderException.Kind.UNSUPPORTED, kind.refusal(model));
              }
              Provider p = route.provider();
              return keys.credentials(p, candidate, team)
                  .thenCompose(
                      credentials -> {
                        RetryingCall<T> attempts =
                            new RetryingCall<>(
                                p.describe(),
                                () -> op.run(p.connector(), route.model().modelId(), credentials),
                                mayRetry,
                                policy.get(),
                                p.bucket(),
                                delays,
                                random);
                        cancelWith(outer, attempts.result());
                        return attempts
                            .start()
                            .thenApply(
                                value -> {
                                  ledger.record(
                                      line(
                                          candidate,
                                          team,
                                          route,
                                          kind.ledgerName,
                                          usage.apply(value)));
                                  return value;
                                });
                      });
            })
        .whenComplete(
            (value, error) -> {
              if (error == null) {
                outer.complete(value);
                return;
              }
              Throwable cause = RetryingCall.unwrap(error);
              ModelInfo m = resolved.get();
              if (fallbackAllowed
                  && m != null
                  && !m.fallback().isEmpty()
                  && !m.fallback().equalsIgnoreCase(model)
                  && !(cause instanceof CancellationException)
                  && !outer.isDone()
                  && mayRetry.getAsBoolean()) {
                CompletableFuture<T> second =
                    call(candidate, m.fallback(), kind, op, usage, mayRetry, false);
                cancelWith(outer, second);
                second.whenComplete(
                    (v, e) -> {
                      if (e == null) {
                        outer.complete(v);
                      } else {
                        outer.completeExceptionally(RetryingCall.unwrap(e));
                      }
                    });
              } else {
                outer.completeExceptionally(cause);
              }
            });
    return outer;
  }

  private static void cancelWith(CompletableFuture<?> outer, CompletableFuture<?> inner) {
    outer.whenComplete(
        (r, e) -> {
          if (outer.isCancelled()) {
            inner.cancel(true);
          }
        });
  }

  private CompletionStage<String> teamOf(AccessCandidate candidate) {
    if (candidate.role() == AccessRole.TEAM) {
      return CompletableFuture.completedFuture(candidate.id());
    }
    Account a = account.get();
    return a == null ? CompletableFuture.completedFuture(DEFAULT_TEAM) : a.teamOf(candidate);
  }

  private UsageRecord line(
      AccessCandidate candidate,
      String team,
      ModelRouter.Route route,
      String operation,
      TokenUsage usage) {
    TokenUsage u = usage == null ? TokenUsage.NONE : usage;
    return new UsageRecord(
        Instant.now(),
        candidate.toString(),
        candidate.role() == AccessRole.AGENT ? candidate.id() : "",
        team,
        route.model().name(),
        route.provider().name(),
        route.provider().instanceId(),
        operation,
        u,
        route.model().cost(u));
  }
}
