package sre.connector.vault.hashicorp.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Teams' secrets kept for a short TTL, so a burst of LLM calls reads Vault once. Concurrent readers
 * of a team share one read in flight; a failed read is not kept (the next call retries); expired
 * entries are dropped whenever a new read starts, so secrets do not linger in memory.
 */
final class SecretsCache {
  private record Entry(CompletableFuture<TeamSecrets> secrets, long loadedAt) {}

  private final long ttlNanos;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  SecretsCache(Duration ttl, LongSupplier nanoClock) {
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = nanoClock;
  }

  CompletionStage<TeamSecrets> get(
      String teamId, Function<String, CompletionStage<TeamSecrets>> read) {
    long now = nanoClock.getAsLong();
    Entry entry = entries.get(teamId);
    if (entry != null && usable(entry, now)) {
      return entry.secrets();
    }
    CompletableFuture<TeamSecrets> loading = new CompletableFuture<>();
    Entry fresh = new Entry(loading, now);
    Entry winner =
        entries.compute(teamId, (team, old) -> old != null && usable(old, now) ? old : fresh);
    if (winner != fresh) {
      return winner.secrets();
    }
    entries.values().removeIf(other -> other.secrets().isDone() && !usable(other, now));
    read.apply(teamId)
        .whenComplete(
            (secrets, failure) -> {
              if (failure != null) {
                loading.completeExceptionally(failure);
              } else {
                loading.complete(secrets);
              }
            });
    return loading;
  }

  /** Forget everything (deactivation): no secret stays reachable from a stopped connector. */
  void clear() {
    entries.clear();
  }

  private boolean usable(Entry entry, long now) {
    CompletableFuture<TeamSecrets> secrets = entry.secrets();
    if (!secrets.isDone()) {
      return true;
    }
    return !secrets.isCompletedExceptionally() && now - entry.loadedAt() < ttlNanos;
  }
}
