package sre.karaf.itest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.AgentRunner;
import sre.api.agent.RunListener;
import sre.api.cache.Cache;
import sre.api.security.AccessCandidate;

/**
 * Keeps agents running while the test swaps things underneath: every tick one run of the {@code
 * hello} agent (its answer must echo this run's own name) and one Cache write-then-read as an agent
 * candidate (it must read back its own value), both asynchronous. Counts successes and failures and
 * keeps the first failures' messages.
 */
final class LoadLoop implements AutoCloseable {
  private static final AccessCandidate CALLER = AccessCandidate.user("hot-swap-test");
  private static final AccessCandidate CACHE_USER = AccessCandidate.agent("hot-swap-test");

  private final AgentRunner runner;
  private final Cache cache;
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "hot-swap-load"));
  private final AtomicLong ticks = new AtomicLong();
  final AtomicLong runsOk = new AtomicLong();
  final AtomicLong runsFailed = new AtomicLong();
  final AtomicLong cacheOk = new AtomicLong();
  final AtomicLong cacheFailed = new AtomicLong();

  /**
   * A write and its read-back that straddle a cache switch read from two different stores: a miss,
   * which a cache may answer; counted, not a failure.
   */
  final AtomicLong cacheMisses = new AtomicLong();

  private final ConcurrentLinkedQueue<String> firstRunFailures = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> firstCacheFailures = new ConcurrentLinkedQueue<>();
  private long startNanos;
  private long stopNanos;

  LoadLoop(AgentRunner runner, Cache cache) {
    this.runner = runner;
    this.cache = cache;
  }

  void start(long periodMicros) {
    startNanos = System.nanoTime();
    ticker.scheduleAtFixedRate(this::tick, 0, periodMicros, TimeUnit.MICROSECONDS);
  }

  private void tick() {
    long i = ticks.incrementAndGet();
    String name = "n" + i;
    AgentRequest request =
        new AgentRequest("POST", "/api/hello", Map.of(), Map.of(), Map.of("name", name), CALLER);
    CompletionStage<AgentResponse> run;
    try {
      run = runner.run("hello", request, RunListener.NONE);
    } catch (RuntimeException e) {
      fail(runsFailed, firstRunFailures, "run " + name + " threw " + e);
      return;
    }
    run.whenComplete(
        (r, e) -> {
          if (e != null) {
            fail(runsFailed, firstRunFailures, "run " + name + " failed: " + e);
          } else if (r.status() != 200 || !Map.of("greeting", name).equals(r.data())) {
            fail(
                runsFailed,
                firstRunFailures,
                "run " + name + " answered " + r.status() + " " + r.data());
          } else {
            runsOk.incrementAndGet();
          }
        });
    String key = "hot-swap-" + i;
    String value = "v" + i;
    try {
      cache
          .requester(CACHE_USER)
          .set(key, value, 120)
          .thenCompose(v -> cache.requester(CACHE_USER).get(key))
          .whenComplete(
              (read, e) -> {
                if (e != null) {
                  fail(cacheFailed, firstCacheFailures, "cache " + key + " failed: " + e);
                } else if (read.isEmpty()) {
                  cacheMisses.incrementAndGet();
                } else if (!read.get().equals(value)) {
                  fail(cacheFailed, firstCacheFailures, "cache " + key + " read back " + read);
                } else {
                  cacheOk.incrementAndGet();
                }
              });
    } catch (RuntimeException e) {
      fail(cacheFailed, firstCacheFailures, "cache " + key + " threw " + e);
    }
  }

  private static void fail(
      AtomicLong counter, ConcurrentLinkedQueue<String> first, String message) {
    counter.incrementAndGet();
    if (first.size() < 5) {
      first.add(message);
    }
  }

  long completedRuns() {
    return runsOk.get() + runsFailed.get();
  }

  long issued() {
    return ticks.get();
  }

  /** Completed runs per second between start and stop. */
  double runsPerSecond() {
    return completedRuns() / ((stopNanos - startNanos) / 1e9);
  }

  /** The first few failed runs and the first few failed cache calls. */
  List<String> failures() {
    List<String> all = new java.util.ArrayList<>(firstRunFailures);
    all.addAll(firstCacheFailures);
    return all;
  }

  /** Stops issuing; calls already issued still complete and count. */
  void stop() {
    ticker.shutdown();
    stopNanos = System.nanoTime();
  }

  @Override
  public void close() throws InterruptedException {
    ticker.shutdownNow();
    ticker.awaitTermination(5, TimeUnit.SECONDS);
  }
}
