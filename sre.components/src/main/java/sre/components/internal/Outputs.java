package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Small helpers to build component results (absent key = SRE's {@code undefined}). */
final class Outputs {
  private Outputs() {}

  static CompletionStage<Map<String, Object>> of(String key, Object value) {
    Map<String, Object> out = new LinkedHashMap<>(4);
    out.put(key, value);
    return CompletableFuture.completedFuture(out);
  }

  static CompletionStage<Map<String, Object>> error(String message) {
    return of("_error", message);
  }

  static CompletionStage<Map<String, Object>> done(Map<String, Object> out) {
    return CompletableFuture.completedFuture(out);
  }
}
