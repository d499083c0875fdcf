package sre.kernel.internal.cache;

import java.lang.annotation.Annotation;
import java.util.Map;
import sre.connector.local.internal.RamCache;

/** The kernel's Cache service over the in-memory RAM cache, for tests of other packages. */
public final class RamCacheServices {
  private RamCacheServices() {}

  public static CacheService create() {
    CacheService service =
        new CacheService(
            new CacheConfig() {
              @Override
              public Class<? extends Annotation> annotationType() {
                return CacheConfig.class;
              }

              @Override
              public String connector_target() {
                return "(sre.connector.name=*)";
              }

              @Override
              public long drain_timeout_ms() {
                return 1000;
              }
            });
    service.bindConnector(new RamCache(), Map.of("sre.connector.name", "RAM", "service.id", 2L));
    return service;
  }
}
