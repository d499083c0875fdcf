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
import sre.api.component.support.Binaries;
import sre.api.component.support.BinaryValue;
import sre.api.component.support.Json;
import sre.api.component.support.SmythFs;
import sre.api.security.Acl;
import sre.api.storage.Storage;

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
    Storage storage = run.service(Storage.class);
    if (storage == null) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("No Storage service to keep the binary response"));
    }
    String name = Binaries.fileName("response", mime);
    String uri = "smythfs://" + run.teamId() + ".team/" + run.candidate().id() + "/_temp/" + name;
    BinaryValue file = new BinaryValue(body, mime, name, null);
    return storage
        .requester(run.candidate())
        .write(SmythFs.resourceId(uri), body, Acl.empty(), Map.of("ContentType", mime))
        .thenApply(v -> file.toSmythFile(uri));
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
