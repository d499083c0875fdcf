package sre.connector.redis.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import sre.api.nkv.NkvConnector;
import sre.api.nkv.NkvEntry;

/**
 * NKV on Redis: one hash per scope and namespace, at {@code <prefix>smyth:nkv:<scope>:<namespace>}
 * with {@code ':'} and {@code '\'} escaped in both names, one field per key.
 *
 * <p>Why not SRE's layout ({@code smyth:cache:team_<t>:<ns>:<key>} strings found by {@code SCAN}):
 * it cannot tell namespace {@code x} key {@code y:z} from namespace {@code x:y} key {@code z}, nor
 * keep namespace {@code mem} apart from {@code memory} when listing, and a {@code SCAN} over the
 * whole keyspace is slow and not atomic. A hash makes every operation one command: listing is
 * {@code HGETALL}, deleting a namespace is {@code DEL}.
 */
final class RedisNkv implements NkvConnector {
  private final RedisLink redis;
  private final String prefix;

  RedisNkv(RedisLink redis) {
    this.redis = redis;
    this.prefix = redis.settings().keyPrefix() + "smyth:nkv:";
  }

  @Override
  public CompletionStage<Optional<String>> get(String scope, String namespace, String key) {
    String hash = hash(scope, namespace);
    Objects.requireNonNull(key, "key");
    return redis.call("NKV GET", r -> r.hget(hash, key).thenApply(Optional::ofNullable));
  }

  @Override
  public CompletionStage<Void> set(String scope, String namespace, String key, String value) {
    String hash = hash(scope, namespace);
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return redis.call("NKV SET", r -> r.hset(hash, key, value).thenApply(added -> null));
  }

  @Override
  public CompletionStage<Void> delete(String scope, String namespace, String key) {
    String hash = hash(scope, namespace);
    Objects.requireNonNull(key, "key");
    return redis.call("NKV DELETE", r -> r.hdel(hash, key).thenApply(count -> null));
  }

  @Override
  public CompletionStage<Boolean> exists(String scope, String namespace, String key) {
    String hash = hash(scope, namespace);
    Objects.requireNonNull(key, "key");
    return redis.call("NKV EXISTS", r -> r.hexists(hash, key));
  }

  @Override
  public CompletionStage<List<NkvEntry>> list(String scope, String namespace) {
    String hash = hash(scope, namespace);
    return redis.call(
        "NKV LIST",
        r ->
            r.hgetall(hash)
                .thenApply(
                    entries ->
                        entries.entrySet().stream()
                            .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                            .map(entry -> new NkvEntry(entry.getKey(), entry.getValue()))
                            .toList()));
  }

  @Override
  public CompletionStage<Void> deleteAll(String scope, String namespace) {
    String hash = hash(scope, namespace);
    return redis.call("NKV DELETE ALL", r -> r.del(hash).thenApply(count -> null));
  }

  /** The hash of a scope's namespace. Escaping keeps the one unescaped ':' a true separator. */
  String hash(String scope, String namespace) {
    return prefix
        + escape(Objects.requireNonNull(scope, "scope"))
        + ':'
        + escape(Objects.requireNonNull(namespace, "namespace"));
  }

  private static String escape(String name) {
    return name.replace("\\", "\\\\").replace(":", "\\:");
  }
}
