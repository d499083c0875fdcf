package sre.components.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletionStage;
import sre.api.component.support.Binaries;
import sre.api.component.support.BinaryValue;
import sre.api.component.support.Json;

/**
 * The JSON web APIs behind SRE's service components (Tavily, Scrapfly, Zapier, Hugging Face): one
 * request through the component's {@link HttpClients}, answered without holding a thread, the body
 * parsed as JSON when it is JSON, kept as bytes ({@link BinaryValue}) when it is media, and as text
 * otherwise.
 */
final class JsonApi {
  /** One answer: the HTTP status and the decoded body. */
  record Reply(int status, Object body) {
    boolean ok() {
      return status < 400;
    }

    /** axios' message for a non-2xx status, which the SRE components report. */
    String axiosMessage() {
      return "Request failed with status code " + status;
    }
  }

  private final HttpClients clients;
  private final Duration timeout;

  JsonApi(Duration connectTimeout, Duration requestTimeout) {
    this.clients = new HttpClients(connectTimeout);
    this.timeout = requestTimeout;
  }

  void release() {
    clients.release();
  }

  /** The clients this API sends with, for fetching files a call refers to. */
  HttpClients clients() {
    return clients;
  }

  Duration timeout() {
    return timeout;
  }

  CompletionStage<Reply> get(String url, Map<String, String> headers) {
    return send(builder(url, headers).GET().build());
  }

  /** Posts raw bytes (a file) as they are, typed {@code contentType}. */
  CompletionStage<Reply> postBytes(
      String url, Map<String, String> headers, byte[] body, String contentType) {
    HttpRequest request =
        builder(url, headers)
            .header("content-type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return send(request);
  }

  CompletionStage<Reply> post(String url, Map<String, String> headers, Object body) {
    HttpRequest request =
        builder(url, headers)
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.stringify(body)))
            .build();
    return send(request);
  }

  /** {@code a=1&b=2} with values encoded as axios' {@code params} serializer encodes them. */
  static String query(Map<String, ?> params) {
    StringJoiner out = new StringJoiner("&");
    params.forEach((k, v) -> out.add(axiosEncode(k) + "=" + axiosEncode(String.valueOf(v))));
    return out.toString();
  }

  /** JavaScript's {@code encodeURIComponent}. */
  static String encodeUriComponent(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%21", "!")
        .replace("%27", "'")
        .replace("%28", "(")
        .replace("%29", ")")
        .replace("%7E", "~");
  }

  /** axios' param encoding: encodeURIComponent with a few characters put back. */
  private static String axiosEncode(String s) {
    return encodeUriComponent(s)
        .replace("%3A", ":")
        .replace("%24", "$")
        .replace("%2C", ",")
        .replace("%20", "+")
        .replace("%5B", "[")
        .replace("%5D", "]");
  }

  private HttpRequest.Builder builder(String url, Map<String, String> headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
    headers.forEach(builder::header);
    return builder;
  }

  private CompletionStage<Reply> send(HttpRequest request) {
    return clients
        .client()
        .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(
            r -> {
              String mime =
                  r.headers().firstValue("content-type").orElse("").split(";", 2)[0].strip();
              return new Reply(r.statusCode(), decode(r.body(), mime));
            });
  }

  /** Media answers (an image, a sound) stay bytes; the rest is JSON or text. */
  private static Object decode(byte[] body, String mime) {
    if (isMedia(mime)) {
      return new BinaryValue(body, mime, Binaries.fileName("response", mime), null);
    }
    return decode(new String(body, StandardCharsets.UTF_8));
  }

  private static boolean isMedia(String mime) {
    return mime.startsWith("image/")
        || mime.startsWith("audio/")
        || mime.startsWith("video/")
        || mime.equals("application/octet-stream");
  }

  private static Object decode(String text) {
    String t = text.strip();
    if (t.startsWith("{") || t.startsWith("[")) {
      Object parsed = Json.parseLenient(t);
      return parsed == Json.INVALID ? text : parsed;
    }
    return text;
  }
}
