package sre.kernel.internal.cache;

import java.lang.annotation.Annotation;
import java.util.Map;
import sre.api.cache.CacheConnector;

/** Builds a TieredCache over given connectors, as DS would bind them. */
final class TieredCacheFixture {
  private TieredCacheFixture() {}

  static TieredCacheConfig config(String[] tiers, long[] caps) {
    return new TieredCacheConfig() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return TieredCacheConfig.class;
      }

      @Override
      public String[] tiers() {
        return tiers;
      }

      @Override
      public long[] tier_max_ttl_seconds() {
        return caps;
      }

      @Override
      public String tierConnectors_target() {
        return "(!(sre.connector.name=MultiTier))";
      }
    };
  }

  static TieredCache over(long[] caps, Object... nameThenConnector) {
    String[] names = new String[nameThenConnector.length / 2];
    for (int i = 0; i < names.length; i++) {
      names[i] = (String) nameThenConnector[2 * i];
    }
    TieredCache cache = new TieredCache(config(names, caps));
    for (int i = 0; i < names.length; i++) {
      cache.bindTier(
          (CacheConnector) nameThenConnector[2 * i + 1],
          Map.of("sre.connector.name", names[i], "service.id", (long) i));
    }
    return cache;
  }
}
