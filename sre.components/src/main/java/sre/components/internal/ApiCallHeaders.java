package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.component.ComponentCall;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;

/**
 * APICall headers (spec §6.1): the {@code headers} JSON (text or object) with vault keys and inputs
 * filled, parsed leniently, names lower-cased; {@code content-type} from {@code contentType} unless
 * it is {@code none} or already set.
 */
final class ApiCallHeaders {
  private ApiCallHeaders() {}

  static CompletionStage<Map<String, String>> resolve(ComponentCall call, String contentType) {
    Object raw = call.config().get("headers");
    String text = raw == null ? "" : raw instanceof String s ? s : Json.stringify(raw);
    CompletionStage<String> filled =
        text.isBlank() ? CompletableFuture.completedFuture("{}") : ApiCallUrls.template(call, text);
    return filled.thenApply(t -> headers(t, contentType));
  }

  private static Map<String, String> headers(String text, String contentType) {
    Object parsed = Json.parseLenient(text);
    Map<String, String> out = new LinkedHashMap<>();
    if (parsed instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            if (v != null) {
              String value = v instanceof String s ? s : JsValues.toJsString(v);
              out.put(String.valueOf(k).toLowerCase(Locale.ROOT).strip(), value);
            }
          });
    }
    if (!contentType.equals("none")
        && !contentType.equals(ApiCallBodies.BINARY)
        && !contentType.equals(ApiCallBodies.MULTIPART)
        && !out.containsKey("content-type")) {
      out.put("content-type", contentType);
    }
    return out;
  }
}
