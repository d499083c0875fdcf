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

  /** A failed stage's cause as an {@code _error} result. */
  static Map<String, Object> failure(Throwable error) {
    Map<String, Object> out = new LinkedHashMap<>(2);
    out.put("_error", message(error));
    return out;
  }

  /** What failed a stage: the cause a {@code CompletionException} wraps, else the error itself. */
  static Throwable cause(Throwable error) {
    return error instanceof java.util.concurrent.CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  /** The failure's message, or its type when it has none. */
  static String message(Throwable error) {
    Throwable cause = cause(error);
    return cause.getMessage() != null ? cause.getMessage() : cause.toString();
  }
}
