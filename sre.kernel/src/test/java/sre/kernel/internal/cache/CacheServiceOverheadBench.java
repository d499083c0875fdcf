package sre.kernel.internal.cache;

import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.IntFunction;
import sre.api.cache.CacheRequester;
import sre.api.security.AccessCandidate;
import sre.connector.local.internal.RamCache;

/**
 * What the kernel's Cache service adds per call over the connector it routes to: ACL decoding and
 * checking, candidate scoping and selection, measured over the in-memory RAM cache so no I/O hides
 * it. A set through the service also reads the key's stored ACL first (one connector call more).
 * Not a test: {@code java -cp <test classpath> sre.kernel.internal.cache.CacheServiceOverheadBench
 * [calls]}; see README "Performance".
 */
public final class CacheServiceOverheadBench {
  private CacheServiceOverheadBench() {}

  public static void main(String[] args) {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
    RamCache ram = new RamCache();
    CacheService service = new CacheService(config());
    service.bindConnector(ram, Map.of("sre.connector.name", "RAM", "service.id", 1L));
    CacheRequester agent = service.requester(AccessCandidate.agent("bench-agent"));
    Map<String, String> noMetadata = Map.of();
    String value = "{\"answer\":42}";
    for (int round = 0; round < 3; round++) {
      double rawSet = time(calls, i -> ram.set("raw:" + (i % 1000), value, noMetadata, 0));
      double rawGet = time(calls, i -> ram.get("raw:" + (i % 1000)));
      double sreSet = time(calls, i -> agent.set("sre:" + (i % 1000), value));
      double sreGet = time(calls, i -> agent.get("sre:" + (i % 1000)));
      if (round == 2) { // rounds 0 and 1 warm up the JIT
        System.out.printf(
            Locale.ROOT,
            "calls=%d%nset: connector %.2f us, Cache service %.2f us (+%.2f)%n"
                + "get: connector %.2f us, Cache service %.2f us (+%.2f)%n",
            calls,
            rawSet,
            sreSet,
            sreSet - rawSet,
            rawGet,
            sreGet,
            sreGet - rawGet);
      }
    }
  }

  private static double time(int calls, IntFunction<CompletionStage<?>> call) {
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      call.apply(i).toCompletableFuture().join();
    }
    return (System.nanoTime() - start) / 1000.0 / calls;
  }

  private static CacheConfig config() {
    return new CacheConfig() {
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
    };
  }
}
