package sre.connector.local.internal;

import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import sre.api.cache.CacheConnector;
import sre.api.cache.CacheEntry;
import sre.api.connector.ConnectorName;

/**
 * SRE's {@code RAM} cache: an in-process map. Expired entries vanish on the next access to them,
 * and a sweep (one scheduled task, every 60 s as in SRE) drops those nobody reads again. Contents
 * die with the component.
 */
@Component(service = CacheConnector.class)
@ConnectorName("RAM")
public final class RamCache implements CacheConnector {

  private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(60);

  private final ConcurrentMap<String, CachedValue> entries = new ConcurrentHashMap<>();
  private final LongSupplier clock;
  private final ScheduledExecutorService sweeper;
  private final ScheduledFuture<?> sweep;

  @Activate
  public RamCache() {
    this(System::nanoTime, SWEEP_INTERVAL);
  }

  /**
   * @param clock nanosecond ticks (tests move time by hand)
   */
  RamCache(LongSupplier clock, Duration sweepInterval) {
    this.clock = clock;
    this.sweeper =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "sre-ram-cache-sweep");
              thread.setDaemon(true);
              return thread;
            });
    long every = sweepInterval.toMillis();
    this.sweep = sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
  }

  @Deactivate
  void deactivate() {
    sweep.cancel(false);
    sweeper.shutdownNow();
    entries.clear();
  }

  /** Entries held, expired ones not yet swept included. */
  int size() {
    return entries.size();
  }

  void sweep() {
    long now = clock.getAsLong();
    entries.values().removeIf(entry -> entry.expiredAt(now));
  }

  @Override
  public CompletionStage<Optional<CacheEntry>> get(String key) {
    return Answers.now(
        () -> live(key).map(entry -> new CacheEntry(entry.value(), entry.metadata())));
  }

  @Override
  public CompletionStage<Void> set(
      String key, String value, Map<String, String> metadata, long ttlSeconds) {
    return Answers.done(
        () -> entries.put(key, CachedValue.of(value, metadata, ttlSeconds, clock.getAsLong())));
  }

  @Override
  public CompletionStage<Void> delete(String key) {
    return Answers.done(() -> entries.remove(key));
  }

  @Override
  public CompletionStage<Boolean> exists(String key) {
    return Answers.now(() -> live(key).isPresent());
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> getMetadata(String key) {
    return Answers.now(() -> live(key).map(CachedValue::metadata));
  }

  @Override
  public CompletionStage<Void> setMetadata(String key, Map<String, String> metadata) {
    return Answers.done(
        () -> {
          if (!update(key, entry -> entry.withMetadata(metadata))) {
            throw new NoSuchElementException("No cache entry '" + key + "'");
          }
        });
  }

  @Override
  public CompletionStage<Void> expire(String key, long ttlSeconds) {
    return Answers.done(() -> update(key, entry -> entry.withTtl(ttlSeconds, clock.getAsLong())));
  }

  @Override
  public CompletionStage<OptionalLong> ttl(String key) {
    return Answers.now(
        () ->
            live(key)
                .map(entry -> entry.remainingSeconds(clock.getAsLong()))
                .orElse(OptionalLong.empty()));
  }

  /** The entry if present and not expired; an expired one is removed on the way. */
  private Optional<CachedValue> live(String key) {
    CachedValue entry = entries.get(key);
    if (entry != null && entry.expiredAt(clock.getAsLong())) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return Optional.ofNullable(entry);
  }

  /** Atomically changes a live entry; false when there is none. */
  private boolean update(String key, UnaryOperator<CachedValue> change) {
    AtomicBoolean found = new AtomicBoolean();
    entries.computeIfPresent(
        key,
        (k, entry) -> {
          if (entry.expiredAt(clock.getAsLong())) {
            return null;
          }
          found.set(true);
          return change.apply(entry);
        });
    return found.get();
  }
}
