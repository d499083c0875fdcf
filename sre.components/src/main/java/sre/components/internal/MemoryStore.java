package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.cache.Cache;
import sre.api.cache.CacheRequester;
import sre.api.component.ComponentCall;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;

/**
 * The agent memory of the Memory* components, kept in the Cache service as SRE keeps it: {@code
 * <agent>:<memory>:<key>_scope} holds {@code {"scope","value":<scopeKey>}} and {@code
 * <agent>:<scopeKey>:<memory>:<key>} the value (text), where scopeKey is the session id, the
 * workflow id, {@code ttl} or empty.
 */
final class MemoryStore {
  static final long DEFAULT_TTL_SECONDS = 3 * 60 * 60;
  static final String NOT_FOUND = "key not found";

  private final ComponentCall call;
  private final CacheRequester cache;
  private final String memory;

  private MemoryStore(ComponentCall call, CacheRequester cache) {
    this.call = call;
    this.cache = cache;
    Object name = call.config().get("memoryName");
    this.memory = name == null ? "undefined" : JsValues.toJsString(name);
  }

  /** The store for this call, or null when no Cache service is available. */
  static MemoryStore of(ComponentCall call) {
    Cache cache = call.run().service(Cache.class);
    return cache == null ? null : new MemoryStore(call, cache.requester(call.run().candidate()));
  }

  static CompletionStage<Map<String, Object>> noCache() {
    return Outputs.error("No Cache service available");
  }

  /** Writes one value in the configured scope. */
  CompletionStage<Void> write(String key, String value) {
    String scope = scope();
    String scopeKey = scopeKey(scope);
    long ttl = ttl(scope);
    Map<String, Object> scopeData = new LinkedHashMap<>();
    scopeData.put("scope", scope);
    scopeData.put("value", scopeKey);
    return CompletableFuture.allOf(
        cache.set(scopeId(key), Json.stringify(scopeData), ttl).toCompletableFuture(),
        cache.set(valueId(scopeKey, key), value, ttl).toCompletableFuture());
  }

  /** The value's full key when it exists in a scope this run may see, else empty. */
  CompletionStage<Optional<String>> visibleKey(String key) {
    return cache
        .get(scopeId(key))
        .thenApply(
            raw -> {
              if (raw.isEmpty()) {
                return Optional.empty();
              }
              Object parsed = Json.parse(raw.get());
              if (!(parsed instanceof Map<?, ?> data)) {
                throw new IllegalArgumentException("Invalid scope data for key " + key);
              }
              String scope = String.valueOf(data.get("scope"));
              String scopeKey = data.get("value") == null ? "" : String.valueOf(data.get("value"));
              if (scope.equals("session") && !scopeKey.equals(call.run().sessionId())
                  || scope.equals("request") && !scopeKey.equals(call.run().workflowId())) {
                return Optional.empty();
              }
              return Optional.of(valueId(scopeKey, key));
            });
  }

  CompletionStage<Optional<String>> read(String fullKey) {
    return cache.get(fullKey);
  }

  CompletionStage<Void> delete(String key, String fullKey) {
    return cache.delete(fullKey).thenCompose(v -> cache.delete(scopeId(key)));
  }

  private String scope() {
    Object scope = call.config().get("scope");
    return scope == null ? "" : JsValues.toJsString(scope);
  }

  private String scopeKey(String scope) {
    return switch (scope) {
      case "session" -> call.run().sessionId();
      case "request" -> call.run().workflowId();
      case "ttl" -> "ttl";
      default -> "";
    };
  }

  private long ttl(String scope) {
    if (!scope.equals("ttl")) {
      return DEFAULT_TTL_SECONDS;
    }
    double ttl = JsValues.toNumber(call.config().get("ttl"));
    return Double.isNaN(ttl) || ttl <= 0 ? DEFAULT_TTL_SECONDS : (long) ttl;
  }

  private String scopeId(String key) {
    return call.run().agentId() + ":" + memory + ":" + key + "_scope";
  }

  private String valueId(String scopeKey, String key) {
    return call.run().agentId() + ":" + scopeKey + ":" + memory + ":" + key;
  }
}
