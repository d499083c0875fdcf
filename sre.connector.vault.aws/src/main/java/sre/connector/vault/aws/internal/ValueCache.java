package sre.connector.vault.aws.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Secret values kept for a short TTL, keyed by secret id, so a burst of LLM calls asks AWS once
 * (each GetSecretValue is billed). Concurrent readers share one request in flight; a failure is not
 * kept; expired entries are dropped whenever a new request starts.
 */
final class ValueCache {
  private record Entry(CompletableFuture<Optional<String>> value, long loadedAt) {
    @Override
    public String toString() {
      return "cached secret";
    }
  }

  private final long ttlNanos;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  ValueCache(Duration ttl, LongSupplier nanoClock) {
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = nanoClock;
  }

  CompletionStage<Optional<String>> get(
      String secretId, Supplier<CompletionStage<Optional<String>>> read) {
    long now = nanoClock.getAsLong();
    Entry entry = entries.get(secretId);
    if (entry != null && usable(entry, now)) {
      return entry.value();
    }
    Entry fresh = new Entry(new CompletableFuture<>(), now);
    Entry winner =
        entries.compute(secretId, (id, old) -> old != null && usable(old, now) ? old : fresh);
    if (winner != fresh) {
      return winner.value();
    }
    entries.values().removeIf(other -> other.value().isDone() && !usable(other, now));
    read.get()
        .whenComplete(
            (value, failure) -> {
              if (failure != null) {
                fresh.value().completeExceptionally(failure);
              } else {
                fresh.value().complete(value);
              }
            });
    return fresh.value();
  }

  void clear() {
    entries.clear();
  }

  private boolean usable(Entry entry, long now) {
    if (!entry.value().isDone()) {
      return true;
    }
    return !entry.value().isCompletedExceptionally() && now - entry.loadedAt() < ttlNanos;
  }
}
