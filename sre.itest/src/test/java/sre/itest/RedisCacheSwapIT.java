package sre.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import sre.api.cache.Cache;
import sre.api.cache.CacheRequester;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.ConnectorSelection;
import sre.api.runtime.Readiness;
import sre.api.runtime.Runtime;
import sre.api.security.AccessCandidate;

/**
 * Moving the cache to Redis on a running framework: the Redis connector bundle is installed while a
 * loop of cache calls runs on the RAM cache, configured, and selected by configuration. No call
 * fails, and the calls after the switch land in Redis.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RedisCacheSwapIT {
  @Inject BundleContext context;

  @Inject
  @Filter(timeout = 30_000)
  Readiness readiness;

  @Inject Runtime runtime;
  @Inject Cache cache;
  @Inject ConnectorSelection selection;
  @Inject ConfigurationAdmin configAdmin;

  @Configuration
  public Option[] config() {
    return new Option[] {
      composite(SreFramework.options(KernelIT.sreHome())), composite(redisRuntimeBundles())
    };
  }

  /** What the Redis connector imports (installed up front; the connector itself comes later). */
  static Option[] redisRuntimeBundles() {
    String netty = System.getProperty("v.netty");
    List<String> nettyModules =
        List.of(
            "netty-common",
            "netty-buffer",
            "netty-resolver",
            "netty-transport",
            "netty-transport-native-unix-common",
            "netty-codec-base",
            "netty-handler",
            "netty-codec-dns",
            "netty-resolver-dns");
    Option[] out = new Option[nettyModules.size() + 3];
    for (int i = 0; i < nettyModules.size(); i++) {
      out[i] = org.ops4j.pax.exam.CoreOptions.mavenBundle("io.netty", nettyModules.get(i), netty);
    }
    out[nettyModules.size()] =
        SreFramework.runtimeBundle("org.reactivestreams", "reactive-streams");
    out[nettyModules.size() + 1] = SreFramework.runtimeBundle("io.projectreactor", "reactor-core");
    out[nettyModules.size() + 2] =
        SreFramework.runtimeBundle("redis.clients.authentication", "redis-authx-core");
    return out;
  }

  private Optional<ConnectorBinding> selectedCache() {
    return runtime.connectors().stream()
        .filter(b -> b.subsystem().equals("Cache") && b.selected())
        .findFirst();
  }

  @Test
  public void switchingTheCacheToRedisUnderLoadLosesNoCall() throws Exception {
    assumeTrue("redis-server is not installed", RedisServer.available());
    assertEquals("RAM", selectedCache().orElseThrow().connectorName());
    try (RedisServer redis = RedisServer.start()) {
      CacheRequester agent = cache.requester(AccessCandidate.agent("agent-a"));
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicLong calls = new AtomicLong();
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      // A value written to RAM just before the switch and read back from Redis just after is a
      // cache
      // miss, which a cache may answer; any miss once the switch has completed is a failure.
      AtomicLong switchedAt = new AtomicLong(Long.MAX_VALUE);
      AtomicLong missesAcrossSwitch = new AtomicLong();
      Thread loop =
          new Thread(
              () -> {
                while (running.get()) {
                  long n = calls.incrementAndGet();
                  String key = "loop-" + n;
                  try {
                    agent.set(key, "v" + n, 60).toCompletableFuture().get(10, TimeUnit.SECONDS);
                    String back =
                        agent.get(key).toCompletableFuture().get(10, TimeUnit.SECONDS).orElse(null);
                    if (back == null && n <= switchedAt.get()) {
                      missesAcrossSwitch.incrementAndGet();
                    } else if (!("v" + n).equals(back)) {
                      failures.add(new AssertionError(key + " read back " + back));
                    }
                  } catch (Exception e) {
                    failures.add(e);
                  }
                }
              },
              "cache-loop");
      loop.start();
      Poll.until("the loop is running", () -> calls.get() > 100);

      Bundle connector =
          context.installBundle(SreFramework.reactorBundleUrl("sre.connector.redis"));
      connector.start();
      Dictionary<String, Object> props = new Hashtable<>();
      props.put("uri", "redis://127.0.0.1:" + redis.port);
      configAdmin.getFactoryConfiguration("sre.connector.redis", "itest", "?").update(props);
      Poll.until(
          "the Redis connector registers",
          () ->
              runtime.connectors().stream()
                  .anyMatch(
                      b -> b.subsystem().equals("Cache") && b.connectorName().equals("Redis")));
      assertEquals(
          "installing a connector does not switch by itself",
          "RAM",
          selectedCache().orElseThrow().connectorName());

      Await.result(selection.use("cache", "Redis"));
      long switched = calls.get();
      switchedAt.set(switched);
      // counted from the completed switch: on a loaded machine the switch itself may take longer
      // than 200 calls, which then all went to RAM
      Poll.until("calls continue on Redis", () -> calls.get() > switched + 200);
      running.set(false);
      loop.join(10_000);

      System.out.printf(
          "RedisCacheSwapIT: %d cache round trips, %d failed, %d misses across the switch%n",
          calls.get(), failures.size(), missesAcrossSwitch.get());
      assertTrue("failed calls: " + failures, failures.isEmpty());
      assertEquals("Redis", selectedCache().orElseThrow().connectorName());
      long inRedis = Long.parseLong(redis.cli("DBSIZE"));
      assertTrue("calls after the switch are in Redis (" + inRedis + " keys)", inRedis > 0);
      Await.result(selection.use("cache", "RAM"));
    }
  }
}
