package sre.kernel.internal.cache;

import sre.api.cache.CacheConnector;
import sre.connector.local.internal.RamCache;
import sre.connector.tck.CacheConnectorContract;

/** Two RAM caches composed into tiers behave as one cache: the whole contract holds. */
class TieredCacheContractTest extends CacheConnectorContract {
  private RamCache upper;
  private RamCache lower;

  @Override
  protected CacheConnector connector() {
    upper = new RamCache();
    lower = new RamCache();
    return TieredCacheFixture.over(new long[0], "RAM", upper, "Lower", lower);
  }
}
