package sre.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * 200 streaming connections held open at once while their runs (an FSleep of 10 s each) complete:
 * every stream ends with its own result, none is dropped, and the caller's 201st concurrent run is
 * refused with 429 (the limit is 200 runs per candidate here).
 */
public class RouterLoadIT {
  private static final int STREAMS = 200;
  private static SreServer server;
  private static RouterClient client;

  @BeforeClass
  public static void startServer() throws Exception {
    Path home =
        SreServer.home(
            "run.timeout.ms=30000\ndefault.agent=public-echo\nmax.concurrent.runs="
                + STREAMS
                + "\n");
    server = SreServer.start(home, home.resolve("test-agents"));
    client = new RouterClient(server).awaitConfigured();
  }

  @AfterClass
  public static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  public void keeps200StreamsOpenWhileTheirRunsCompleteAndRefusesThe201st() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    // the line streams block while they read: one reader thread per open stream, test side only
    ExecutorService readers = Executors.newFixedThreadPool(STREAMS);
    AtomicLong firstDone = new AtomicLong(Long.MAX_VALUE);
    List<CompletableFuture<Integer>> opened = new ArrayList<>();
    List<CompletableFuture<List<RouterClient.Event>>> finished = new ArrayList<>();
    long started = System.nanoTime();
    try {
      for (int i = 0; i < STREAMS; i++) {
        CompletableFuture<Integer> open = new CompletableFuture<>();
        HttpRequest request =
            client
                .request("/agents/sleeper/api/nap")
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"stream-" + i + "\"}"))
                .build();
        finished.add(
            http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApplyAsync(
                    response -> {
                      open.complete(response.statusCode());
                      List<RouterClient.Event> events = RouterClient.events(response.body());
                      firstDone.accumulateAndGet(System.nanoTime(), Math::min);
                      return events;
                    },
                    readers)
                .whenComplete(
                    (events, failure) -> open.completeExceptionally(new AssertionError(failure))));
        opened.add(open);
      }
      CompletableFuture.allOf(opened.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      long allOpen = System.nanoTime();
      long openMillis = (allOpen - started) / 1_000_000;
      for (CompletableFuture<Integer> status : opened) {
        assertEquals(Integer.valueOf(200), status.join());
      }
      RouterClient.Reply refused =
          client.post("/agents/sleeper/api/nap", "{\"text\":\"one too many\"}");
      assertTrue(
          "a stream finished before all were open (opening took " + openMillis + " ms)",
          allOpen < firstDone.get());
      assertEquals(refused.raw().body(), 429, refused.status());
      assertEquals("1", refused.header("Retry-After"));

      CompletableFuture.allOf(finished.toArray(CompletableFuture[]::new))
          .get(120, TimeUnit.SECONDS);
      for (int i = 0; i < STREAMS; i++) {
        List<RouterClient.Event> events = finished.get(i).join();
        JsonNode last = events.get(events.size() - 1).json();
        assertEquals("agent", events.get(events.size() - 1).name());
        assertEquals("callStop", last.path("action").asText());
        assertEquals(200, last.path("status").asInt());
        assertEquals("stream-" + i, last.path("result").path("text").asText());
      }
      // every slot was given back: the caller can run again
      assertEquals(
          200, client.post("/agents/public-echo/api/echo", "{\"text\":\"after\"}").status());
    } finally {
      readers.shutdownNow();
    }
  }
}
