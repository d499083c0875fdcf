package sre.kernel.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import sre.api.cache.CacheConnector;
import sre.api.cache.CacheEntry;
import sre.connector.local.internal.RamCache;

class TieredCacheTest {
  private static <T> T await(CompletionStage<T> s) throws Exception {
    return s.toCompletableFuture().get();
  }

  @Test
  void aLowerTierHitFillsTheUpperTierWithItsRemainingLifetime() throws Exception {
    RamCache upper = new RamCache();
    RamCache lower = new RamCache();
    TieredCache cache = TieredCacheFixture.over(new long[0], "RAM", upper, "Redis", lower);
    await(lower.set("k", "v", Map.of("m", "1"), 120));

    assertThat(await(cache.get("k")).map(CacheEntry::value)).hasValue("v");
    assertThat(await(upper.get("k")).map(CacheEntry::value)).hasValue("v");
    assertThat(await(upper.getMetadata("k"))).hasValue(Map.of("m", "1"));
    assertThat(await(upper.ttl("k")).getAsLong()).isBetween(1L, 120L);
  }

  @Test
  void writesGoThroughEveryTierAndUpperTiersAreCapped() throws Exception {
    RamCache upper = new RamCache();
    RamCache lower = new RamCache();
    TieredCache cache = TieredCacheFixture.over(new long[] {30, 0}, "RAM", upper, "Redis", lower);
    await(cache.set("k", "v", Map.of(), 0));

    assertThat(await(upper.ttl("k")).getAsLong()).isBetween(1L, 30L);
    assertThat(await(lower.ttl("k"))).isEqualTo(OptionalLong.empty());
    await(cache.delete("k"));
    assertThat(await(upper.exists("k"))).isFalse();
    assertThat(await(lower.exists("k"))).isFalse();
  }

  @Test
  void aFailingTierIsSkipped() throws Exception {
    RamCache lower = new RamCache();
    TieredCache cache =
        TieredCacheFixture.over(new long[0], "Broken", new BrokenCache(), "RAM", lower);
    await(cache.set("k", "v", Map.of(), 60));
    assertThat(await(cache.get("k")).map(CacheEntry::value)).hasValue("v");
    assertThat(await(cache.exists("k"))).isTrue();
  }

  @Test
  void everyTierFailingFailsTheCall() {
    TieredCache cache = TieredCacheFixture.over(new long[0], "Broken", new BrokenCache());
    assertThatThrownBy(() -> await(cache.set("k", "v", Map.of(), 60)))
        .isInstanceOf(ExecutionException.class)
        .hasMessageContaining("every tier failed");
  }

  @Test
  void missingTiersAreReportedNotIgnored() {
    TieredCache cache = TieredCacheFixture.over(new long[0]);
    assertThatThrownBy(() -> await(cache.set("k", "v", Map.of(), 60)))
        .hasMessageContaining("no tier available");
  }

  /** A tier whose backend is down: every call fails. */
  private static final class BrokenCache implements CacheConnector {
    private static <T> CompletionStage<T> down() {
      return CompletableFuture.failedFuture(new IllegalStateException("connection refused"));
    }

    @Override
    public CompletionStage<Optional<CacheEntry>> get(String key) {
      return down();
    }

    @Override
    public CompletionStage<Void> set(
        String key, String value, Map<String, String> metadata, long ttl) {
      return down();
    }

    @Override
    public CompletionStage<Void> delete(String key) {
      return down();
    }

    @Override
    public CompletionStage<Boolean> exists(String key) {
      return down();
    }

    @Override
    public CompletionStage<Optional<Map<String, String>>> getMetadata(String key) {
      return down();
    }

    @Override
    public CompletionStage<Void> setMetadata(String key, Map<String, String> metadata) {
      return down();
    }

    @Override
    public CompletionStage<Void> expire(String key, long ttlSeconds) {
      return down();
    }

    @Override
    public CompletionStage<OptionalLong> ttl(String key) {
      return down();
    }
  }
}
