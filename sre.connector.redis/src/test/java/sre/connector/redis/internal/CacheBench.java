package sre.connector.redis.internal;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.IntFunction;

/**
 * Cost of the connector over raw Lettuce, per call, on the same private Redis: cache get and set
 * through {@link RedisCache} (value + metadata keys, set as one script) against a plain Lettuce
 * {@code GET}/{@code SET}. Calls run one after another (latency, not throughput), both on an async
 * connection. Not a test: run with {@code mvn -q -pl sre.connector.redis test-compile exec:java}
 * (optional {@code -Dexec.args="<calls>"}, default 20000).
 */
public final class CacheBench {
  private CacheBench() {}

  public static void main(String[] args) {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    try (RedisServer server = new RedisServer()) {
      server.start();
      RedisSettings settings = RedisSettings.forUri(server.uri());
      RedisClient client = RedisClient.create(settings.redisUri());
      try (RedisConnector connector = new RedisConnector(settings);
          StatefulRedisConnection<String, String> raw = client.connect()) {
        RedisAsyncCommands<String, String> lettuce = raw.async();
        Map<String, String> metadata = Map.of("acl", "h:xxh3|a:fcf1a5605d79016e/rw");
        String value = "{\"answer\":42,\"text\":\"" + "x".repeat(100) + "\"}";
        for (int round = 0; round < 2; round++) {
          boolean report = round == 1; // round 0 warms up the JIT and both connections
          double rawSet = time(calls, i -> lettuce.set("raw:" + (i % 1000), value));
          double rawGet = time(calls, i -> lettuce.get("raw:" + (i % 1000)));
          double sreSet = time(calls, i -> connector.set("sre:" + (i % 1000), value, metadata, 0));
          double sreGet = time(calls, i -> connector.get("sre:" + (i % 1000)));
          // how the kernel writes a key it has not seen (read the stored ACL, then set) against
          // how it writes one it has (compare-and-set on the ACL, one script)
          double readThenSet =
              time(
                  calls,
                  i ->
                      connector
                          .getMetadata("sre:" + (i % 1000))
                          .thenCompose(
                              m -> connector.set("sre:" + (i % 1000), value, metadata, 0)));
          double setIfAcl =
              time(
                  calls,
                  i ->
                      connector.setIfAcl(
                          "sre:" + (i % 1000), value, metadata, 0, metadata.get("acl")));
          if (report) {
            System.out.printf(
                Locale.ROOT,
                "calls=%d value=%d bytes%n"
                    + "set: raw Lettuce %.1f us/call, CacheConnector %.1f us/call (+%.1f)%n"
                    + "get: raw Lettuce %.1f us/call, CacheConnector %.1f us/call (+%.1f)%n"
                    + "kernel write of a key: read ACL then set %.1f us/call,"
                    + " setIfAcl (ACL known) %.1f us/call%n",
                calls,
                value.length(),
                rawSet,
                sreSet,
                sreSet - rawSet,
                rawGet,
                sreGet,
                sreGet - rawGet,
                readThenSet,
                setIfAcl);
          }
        }
      } finally {
        client.shutdown();
      }
    }
  }

  /** Mean microseconds per call, each call awaited before the next. */
  private static double time(int calls, IntFunction<CompletionStage<?>> call) {
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      call.apply(i).toCompletableFuture().join();
    }
    return (System.nanoTime() - start) / 1000.0 / calls;
  }
}
