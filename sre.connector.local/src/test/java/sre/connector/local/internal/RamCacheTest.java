package sre.connector.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static sre.connector.tck.Stages.join;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import sre.api.cache.CacheConnector;
import sre.connector.tck.CacheConnectorContract;

class RamCacheTest extends CacheConnectorContract {

  private RamCache cache;

  @Override
  protected CacheConnector connector() {
    cache = new RamCache();
    return cache;
  }

  @Override
  protected void tearDown() {
    cache.deactivate();
  }

  /** A cache on a clock the test moves by hand. */
  private static final class ManualClock {
    final AtomicLong nanos = new AtomicLong(1_000);

    void advance(Duration by) {
      nanos.addAndGet(by.toNanos());
    }
  }

  @Test
  void ttlIsRoundedUpToWholeSeconds() {
    ManualClock clock = new ManualClock();
    RamCache manual = new RamCache(clock.nanos::get, Duration.ofHours(1));
    try {
      join(manual.set("k", "v", Map.of(), 10));
      assertThat(join(manual.ttl("k"))).hasValue(10);

      clock.advance(Duration.ofMillis(1500));
      assertThat(join(manual.ttl("k"))).hasValue(9);

      clock.advance(Duration.ofMillis(8499));
      assertThat(join(manual.ttl("k"))).hasValue(1);

      clock.advance(Duration.ofMillis(1));
      assertThat(join(manual.get("k"))).isEmpty();
      assertThat(join(manual.ttl("k"))).isEmpty();
    } finally {
      manual.deactivate();
    }
  }

  @Test
  void expiredEntriesAreDroppedOnRead() {
    ManualClock clock = new ManualClock();
    RamCache manual = new RamCache(clock.nanos::get, Duration.ofHours(1));
    try {
      join(manual.set("k", "v", Map.of(), 1));
      clock.advance(Duration.ofSeconds(2));

      assertThat(manual.size()).isEqualTo(1);
      assertThat(join(manual.exists("k"))).isFalse();
      assertThat(manual.size()).isZero();
    } finally {
      manual.deactivate();
    }
  }

  @Test
  void sweepDropsExpiredEntriesNobodyReads() {
    ManualClock clock = new ManualClock();
    RamCache swept = new RamCache(clock.nanos::get, Duration.ofMillis(20));
    try {
      join(swept.set("old", "v", Map.of(), 1));
      join(swept.set("forever", "v", Map.of(), 0));
      clock.advance(Duration.ofSeconds(5));

      await().atMost(5, TimeUnit.SECONDS).until(() -> swept.size() == 1);
      assertThat(join(swept.exists("forever"))).isTrue();
    } finally {
      swept.deactivate();
    }
  }

  @Test
  void deactivationStopsTheSweepAndEmptiesTheCache() {
    ManualClock clock = new ManualClock();
    RamCache swept = new RamCache(clock.nanos::get, Duration.ofMillis(20));
    join(swept.set("k", "v", Map.of(), 1));

    swept.deactivate();
    clock.advance(Duration.ofSeconds(5));

    assertThat(swept.size()).isZero();
  }

  @Test
  void hugeTtlDoesNotOverflow() {
    join(cache().set(prefix + "long", "v", Map.of(), Long.MAX_VALUE));

    assertThat(join(cache().get(prefix + "long"))).isPresent();
    assertThat(join(cache().ttl(prefix + "long")).orElseThrow()).isPositive();
  }
}
