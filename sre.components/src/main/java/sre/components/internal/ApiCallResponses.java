package sre.components.internal;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.component.RunContext;
import sre.api.component.support.Json;

/**
 * Decodes an HTTP response as SRE's APICall does: JSON → value, text → string, anything else → the
 * bytes uploaded to {@code smythfs://<team>.team/<candidate>/_temp/<name>} and answered as
 * SmythFile JSON.
 */
final class ApiCallResponses {
  private ApiCallResponses() {}

  static CompletionStage<Object> decode(RunContext run, HttpHeaders headers, byte[] body) {
    String type = headers.firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
    String mime = type.split(";", 2)[0].strip();
    String text = new String(body, StandardCharsets.UTF_8);
    if (isJson(mime) || (mime.isEmpty() && looksJson(text))) {
      Object parsed = Json.parseLenient(text);
      return CompletableFuture.completedFuture(parsed == Json.INVALID ? text : parsed);
    }
    if (mime.isEmpty() || isText(mime) || body.length == 0) {
      return CompletableFuture.completedFuture(text);
    }
    return store(run, body, mime);
  }

  /** Response headers as axios reports them: lower-case names, {@code set-cookie} as a list. */
  static Map<String, Object> headers(HttpHeaders headers) {
    Map<String, Object> out = new LinkedHashMap<>();
    headers
        .map()
        .forEach(
            (name, values) -> {
              String key = name.toLowerCase(Locale.ROOT);
              if (key.startsWith(":")) {
                return;
              }
              out.put(
                  key, key.equals("set-cookie") ? List.copyOf(values) : String.join(", ", values));
            });
    return out;
  }

  private static CompletionStage<Object> store(RunContext run, byte[] body, String mime) {
    return TempFiles.store(run, body, mime, "response").thenApply(file -> file);
  }

  private static boolean isJson(String mime) {
    return mime.equals("application/json") || mime.endsWith("+json");
  }

  private static boolean isText(String mime) {
    return mime.startsWith("text/")
        || mime.endsWith("xml")
        || mime.contains("javascript")
        || mime.equals("application/x-www-form-urlencoded")
        || mime.equals("application/x-ndjson")
        || mime.equals("application/graphql");
  }

  private static boolean looksJson(String text) {
    String t = text.strip();
    return t.startsWith("{") || t.startsWith("[");
  }
}
