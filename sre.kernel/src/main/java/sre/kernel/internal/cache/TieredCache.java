package sre.kernel.internal.cache;

import static java.util.concurrent.CompletableFuture.completedFuture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.cache.CacheConnector;
import sre.api.cache.CacheEntry;
import sre.api.connector.ConnectorName;
import sre.api.connector.ConnectorProperties;

/**
 * The multi-tier cache: cache policy composed from connectors, so it lives in the kernel. It
 * presents itself as one CacheConnector ({@code MultiTier}) that the Cache subsystem selects like
 * any other, which keeps ACL checks and selection in one place above it.
 *
 * <p>Reads try the tiers in order and copy a hit into the tiers above it with its remaining
 * lifetime; writes, deletes and expiry changes go to every tier. A tier that fails is skipped with
 * a warning; a call fails only when every tier failed.
 */
@Component(
    service = CacheConnector.class,
    configurationPid = "sre.cache.tiered",
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@ConnectorName(TieredCache.NAME)
@Designate(ocd = TieredCacheConfig.class)
public final class TieredCache implements CacheConnector {
  static final String NAME = "MultiTier";

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final Map<CacheConnector, Map<String, Object>> available = new ConcurrentHashMap<>();
  private final Map<String, Boolean> failing = new ConcurrentHashMap<>();
  private volatile List<String> tierNames;
  private volatile long[] caps;

  /** The outcome of one tier call: whether it worked, and its value (possibly null) if so. */
  private record Attempt<T>(boolean ok, T value) {}

  private record Tier(String name, CacheConnector connector, long cap) {
    long ttl(long requested) {
      if (cap <= 0) {
        return requested;
      }
      return requested <= 0 ? cap : Math.min(requested, cap);
    }
  }

  @Activate
  public TieredCache(TieredCacheConfig config) {
    modified(config);
  }

  @Modified
  void modified(TieredCacheConfig config) {
    tierNames = List.of(config.tiers());
    caps = config.tier_max_ttl_seconds().clone();
    logger.info("Multi-tier cache: tiers {}", tierNames);
  }

  @Reference(
      name = "tierConnectors",
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindTier(CacheConnector c, Map<String, Object> props) {
    available.put(c, Map.copyOf(props));
  }

  void unbindTier(CacheConnector c) {
    available.remove(c);
  }

  /** The configured tiers that are present now, each the best-ranked connector of its name. */
  private List<Tier> tiers() {
    List<String> names = tierNames;
    long[] capsNow = caps;
    List<Tier> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      CacheConnector best = null;
      int bestRank = Integer.MIN_VALUE;
      for (var e : available.entrySet()) {
        Map<String, Object> p = e.getValue();
        if (name.equals(p.get(ConnectorProperties.NAME))) {
          int rank = p.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
          if (best == null || rank > bestRank) {
            best = e.getKey();
            bestRank = rank;
          }
        }
      }
      if (best != null) {
        out.add(new Tier(name, best, i < capsNow.length ? capsNow[i] : 0));
      }
    }
    return out;
  }

  @Override
  public CompletionStage<Optional<CacheEntry>> get(String key) {
    return readThrough(tiers(), 0, key);
  }

  private CompletionStage<Optional<CacheEntry>> readThrough(List<Tier> tiers, int i, String key) {
    if (i == tiers.size()) {
      return completedFuture(Optional.empty());
    }
    Tier tier = tiers.get(i);
    return guarded(tier, c -> c.get(key))
        .thenCompose(
            hit -> {
              if (hit.ok() && hit.value().isPresent()) {
                CacheEntry entry = hit.value().get();
                return fillAbove(tiers.subList(0, i), tier, key, entry)
                    .thenApply(v -> Optional.of(entry));
              }
              return readThrough(tiers, i + 1, key);
            });
  }

  /** Copies a lower tier's hit into the tiers above it, with the lifetime it has left there. */
  private CompletionStage<Void> fillAbove(
      List<Tier> above, Tier source, String key, CacheEntry entry) {
    if (above.isEmpty()) {
      return completedFuture(null);
    }
    return guarded(source, c -> c.ttl(key))
        .thenCompose(
            ttl -> {
              long remaining = ttl.ok() && ttl.value().isPresent() ? ttl.value().getAsLong() : 0L;
              return everyTier(
                      above,
                      t -> t.connector.set(key, entry.value(), entry.metadata(), t.ttl(remaining)))
                  .handle((v, e) -> null);
            });
  }

  @Override
  public CompletionStage<Void> set(
      String key, String value, Map<String, String> metadata, long ttlSeconds) {
    return everyTier(tiers(), t -> t.connector.set(key, value, metadata, t.ttl(ttlSeconds)));
  }

  @Override
  public CompletionStage<Void> delete(String key) {
    return everyTier(tiers(), t -> t.connector.delete(key));
  }

  @Override
  public CompletionStage<Boolean> exists(String key) {
    return firstPresent(
            tiers(),
            0,
            key,
            c -> c.exists(key).thenApply(b -> b ? Optional.of(true) : Optional.<Boolean>empty()))
        .thenApply(o -> o.orElse(false));
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> getMetadata(String key) {
    return firstPresent(tiers(), 0, key, c -> c.getMetadata(key));
  }

  @Override
  public CompletionStage<Void> setMetadata(String key, Map<String, String> metadata) {
    // Only tiers holding the key can take its metadata; the others are skipped quietly.
    List<Tier> tiers = tiers();
    List<CompletableFuture<Boolean>> calls = new ArrayList<>();
    for (Tier t : tiers) {
      calls.add(
          guarded(t, c -> c.exists(key))
              .thenCompose(
                  has ->
                      has.ok() && Boolean.TRUE.equals(has.value())
                          ? guarded(t, c -> c.setMetadata(key, metadata)).thenApply(Attempt::ok)
                          : completedFuture(false))
              .toCompletableFuture());
    }
    return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
        .thenCompose(
            v ->
                calls.stream().anyMatch(CompletableFuture::join)
                    ? completedFuture(null)
                    : CompletableFuture.failedFuture(
                        new IllegalArgumentException("No such cache key: " + key)));
  }

  @Override
  public CompletionStage<Void> expire(String key, long ttlSeconds) {
    return everyTier(
        tiers(),
        t ->
            t.connector
                .exists(key)
                .thenCompose(
                    has ->
                        has ? t.connector.expire(key, t.ttl(ttlSeconds)) : completedFuture(null)));
  }

  @Override
  public CompletionStage<OptionalLong> ttl(String key) {
    return firstPresent(
            tiers(),
            0,
            key,
            c ->
                c.exists(key)
                    .thenCompose(
                        has ->
                            has
                                ? c.ttl(key).thenApply(Optional::of)
                                : completedFuture(Optional.<OptionalLong>empty())))
        .thenApply(o -> o.orElse(OptionalLong.empty()));
  }

  private <T> CompletionStage<Optional<T>> firstPresent(
      List<Tier> tiers,
      int i,
      String key,
      Function<CacheConnector, CompletionStage<Optional<T>>> op) {
    if (i == tiers.size()) {
      return completedFuture(Optional.empty());
    }
    return guarded(tiers.get(i), op)
        .thenCompose(
            r ->
                r.ok() && r.value().isPresent()
                    ? completedFuture(r.value())
                    : firstPresent(tiers, i + 1, key, op));
  }

  /** Runs {@code op} on every tier; succeeds when at least one tier did. */
  private CompletionStage<Void> everyTier(List<Tier> tiers, Function<Tier, CompletionStage<?>> op) {
    if (tiers.isEmpty()) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("Multi-tier cache: no tier available of " + tierNames));
    }
    List<CompletableFuture<Boolean>> calls = new ArrayList<>();
    for (Tier t : tiers) {
      calls.add(guarded(t, c -> op.apply(t)).thenApply(Attempt::ok).toCompletableFuture());
    }
    return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
        .thenCompose(
            v ->
                calls.stream().anyMatch(CompletableFuture::join)
                    ? completedFuture(null)
                    : CompletableFuture.failedFuture(
                        new IllegalStateException("Multi-tier cache: every tier failed")));
  }

  /**
   * One tier call that never fails: a failure becomes a failed attempt and a warning (logged once
   * until the tier works again).
   */
  private <T> CompletionStage<Attempt<T>> guarded(
      Tier tier, Function<CacheConnector, ? extends CompletionStage<T>> op) {
    CompletionStage<T> stage;
    try {
      stage = op.apply(tier.connector);
    } catch (RuntimeException e) {
      stage = CompletableFuture.failedFuture(e);
    }
    return stage.handle(
        (r, e) -> {
          if (e == null) {
            if (failing.remove(tier.name) != null) {
              logger.info("Multi-tier cache: tier {} works again", tier.name);
            }
            return new Attempt<>(true, r);
          }
          if (failing.putIfAbsent(tier.name, Boolean.TRUE) == null) {
            logger.warn("Multi-tier cache: skipping tier {}: {}", tier.name, rootMessage(e));
          }
          return new Attempt<T>(false, null);
        });
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
