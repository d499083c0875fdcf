package sre.itest;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/** Test-side HTTP client of the router (JDK HttpClient, HTTP/1.1 as curl speaks it). */
final class RouterClient {
  static final String ALICE_KEY = "sre-test-key-alice";
  static final String BOB_KEY = "sre-test-key-bob";
  static final ObjectMapper JSON = new ObjectMapper();

  /** One parsed SSE event. */
  record Event(String name, String data) {
    JsonNode json() {
      try {
        return JSON.readTree(data);
      } catch (IOException e) {
        throw new AssertionError("event data is not JSON: " + data, e);
      }
    }
  }

  /** A response with its body parsed as JSON. */
  record Reply(int status, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("body is not JSON: " + raw.body(), e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private final SreServer server;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  RouterClient(SreServer server) {
    this.server = server;
  }

  /**
   * Waits until the router runs with the test's sre.router.cfg (FileInstall hands it to ConfigAdmin
   * asynchronously): the file names public-echo as default agent, which serves /api/echo.
   */
  RouterClient awaitConfigured() {
    Awaitility.await("sre.router.cfg applied")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> post("/api/echo", "{\"text\":\"ping\"}").status() == 200);
    return this;
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60));
  }

  Reply get(String path, String... headers) throws Exception {
    return send(withHeaders(request(path).GET(), headers));
  }

  Reply post(String path, String json, String... headers) throws Exception {
    return send(
        withHeaders(
            request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)),
            headers));
  }

  Reply send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    return new Reply(response.statusCode(), response);
  }

  /** POSTs with Accept: text/event-stream; completes with the events once the stream ends. */
  CompletableFuture<List<Event>> stream(String path, String json, String... headers) {
    HttpRequest.Builder request =
        withHeaders(
            request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(json)),
            headers);
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
        .thenApply(
            response -> {
              if (response.statusCode() != 200) {
                throw new AssertionError("stream answered " + response.statusCode());
              }
              return events(response.body());
            });
  }

  static List<Event> events(Stream<String> lines) {
    List<Event> events = new ArrayList<>();
    String name = null;
    StringBuilder data = new StringBuilder();
    for (String line : (Iterable<String>) lines::iterator) {
      if (line.startsWith("event: ")) {
        name = line.substring(7);
      } else if (line.startsWith("data: ")) {
        data.append(data.length() > 0 ? "\n" : "").append(line.substring(6));
      } else if (line.isEmpty() && name != null) {
        events.add(new Event(name, data.toString()));
        name = null;
        data.setLength(0);
      }
    }
    return events;
  }

  private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  URI uri(String path) {
    return server.uri(path);
  }

  static String sha256(String key) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
