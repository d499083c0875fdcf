package sre.components.internal;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

/**
 * Downloads a file a component was handed as a web URL (an input, a provider's image link), without
 * holding a thread and within a size cap: a declared {@code Content-Length} over the cap is refused
 * before the body is read.
 */
final class WebFiles {
  /** The bytes and the media type the server gave (empty when it gave none). */
  record Fetched(byte[] data, String mimeType) {}

  private WebFiles() {}

  /**
   * @param what how errors name the file, e.g. {@code the generated image}
   */
  static CompletionStage<Fetched> fetch(
      HttpClients http, String url, Duration timeout, long maxBytes, String what) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
    HttpResponse.BodyHandler<byte[]> capped =
        info ->
            info.headers().firstValueAsLong("content-length").orElse(0) > maxBytes
                ? HttpResponse.BodySubscribers.replacing(null)
                : HttpResponse.BodySubscribers.ofByteArray();
    return http.client()
        .sendAsync(request, capped)
        .thenApply(
            response -> {
              if (response.statusCode() >= 400) {
                throw new IllegalStateException(
                    "Could not fetch " + what + ": HTTP " + response.statusCode());
              }
              byte[] body = response.body();
              if (body == null || body.length > maxBytes) {
                throw new IllegalStateException(
                    capitalized(what) + " is larger than " + maxBytes + " bytes");
              }
              String mime =
                  response.headers().firstValue("content-type").orElse("").split(";", 2)[0];
              return new Fetched(body, mime.strip());
            });
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
