package sre.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The HTTP router against the running embedded runtime ({@code sre serve}, real sockets): routes,
 * status codes with JSON errors, auth to candidates, SSE order, OpenAPI, limits.
 */
public class RouterIT {
  private static SreServer server;
  private static RouterClient client;

  @BeforeClass
  public static void startServer() throws Exception {
    Path home =
        SreServer.home(
            "max.body.bytes=4096\nrun.timeout.ms=5000\nmax.concurrent.runs=256\ndefault.agent=public-echo\n");
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
  public void healthReportsReadiness() throws Exception {
    RouterClient.Reply health = client.get("/health");
    assertEquals(200, health.status());
    assertEquals("ready", health.json().path("status").asText());
  }

  @Test
  public void runsAnAgentEndpointWithBodyQueryAndHeaders() throws Exception {
    RouterClient.Reply posted = client.post("/agents/public-echo/api/echo", "{\"text\":\"hi\"}");
    assertEquals(200, posted.status());
    assertEquals("{\"text\":\"hi\"}", posted.json().toString());

    RouterClient.Reply got = client.get("/agents/public-echo/api/lookup?q=abc", "X-Tag", "t1");
    assertEquals(200, got.status());
    assertEquals("abc", got.json().path("q").asText());
    assertEquals("t1", got.json().path("tag").asText());
  }

  @Test
  public void servesTheDefaultAgentAtSresOwnPaths() throws Exception {
    RouterClient.Reply plain = client.post("/api/echo", "{\"text\":\"plain\"}");
    assertEquals(200, plain.status());
    assertEquals("plain", plain.json().path("text").asText());
    RouterClient.Reply versioned = client.post("/v1.0/api/echo", "{\"text\":\"versioned\"}");
    assertEquals(200, versioned.status());
    assertEquals("versioned", versioned.json().path("text").asText());
  }

  @Test
  public void answersEachErrorWithItsStatusAndAJsonBody() throws Exception {
    assertError(404, client.get("/agents/nobody/api/echo"));
    assertError(404, client.post("/agents/public-echo/api/nothing", "{}"));
    assertError(404, client.get("/elsewhere"));
    RouterClient.Reply wrongMethod = client.get("/agents/public-echo/api/echo");
    assertError(405, wrongMethod);
    assertEquals("POST", wrongMethod.header("Allow"));
    assertError(400, client.post("/agents/public-echo/api/echo", "{not json"));
    assertError(400, client.post("/agents/public-echo/api/echo", "[1,2]"));
    assertError(400, client.post("/agents/public-echo/api/echo", "{\"other\":1}"));
    assertError(
        415,
        client.send(
            client
                .request("/agents/public-echo/api/echo")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hi"))));
    assertError(
        413,
        client.post("/agents/public-echo/api/echo", "{\"text\":\"" + "x".repeat(5000) + "\"}"));
  }

  @Test
  public void mapsApiKeysToCandidatesAndChecksTheAgentsTeam() throws Exception {
    RouterClient.Reply anonymous = client.post("/agents/agent-a/api/echo", "{\"text\":\"hi\"}");
    assertError(401, anonymous);
    assertEquals("Bearer", anonymous.header("WWW-Authenticate"));
    assertError(
        401,
        client.post("/agents/agent-a/api/echo", "{\"text\":\"hi\"}", "X-API-Key", "wrong-key"));
    assertEquals(
        200,
        client
            .post(
                "/agents/agent-a/api/echo",
                "{\"text\":\"hi\"}",
                "X-API-Key",
                RouterClient.ALICE_KEY)
            .status());
    assertEquals(
        200,
        client
            .post(
                "/agents/agent-b/api/echo",
                "{\"text\":\"hi\"}",
                "Authorization",
                "Bearer " + RouterClient.BOB_KEY)
            .status());
    // alice (team-a) calling team-b's agent
    assertError(
        403,
        client.post(
            "/agents/agent-b/api/echo", "{\"text\":\"hi\"}", "X-API-Key", RouterClient.ALICE_KEY));
    assertError(
        403, client.get("/agents/agent-b/openapi.json", "X-API-Key", RouterClient.ALICE_KEY));
  }

  @Test
  public void listsTheAgentsTheCallerMayReach() throws Exception {
    assertEquals(
        List.of("file-keeper", "public-echo", "sleeper", "ticker", "too-slow"),
        ids(client.get("/agents")));
    assertEquals(
        List.of("agent-a", "file-keeper", "public-echo", "sleeper", "ticker", "too-slow"),
        ids(client.get("/agents", "X-API-Key", RouterClient.ALICE_KEY)));
  }

  @Test
  public void startsAnAgentAtItsTrigger() throws Exception {
    RouterClient.Reply fired = client.post("/agents/ticker/trigger/tick", "{}");
    assertEquals(fired.raw().body(), 200, fired.status());
    assertEquals("schedule", fired.json().path("payload").path("source").asText());
    assertEquals(404, client.post("/agents/ticker/trigger/nope", "{}").status());
    RouterClient.Reply wrongMethod = client.get("/agents/ticker/trigger/tick");
    assertEquals(405, wrongMethod.status());
    assertEquals("POST", wrongMethod.header("Allow"));
  }

  @Test
  public void servesTheLinkFileStoreAnswers() throws Exception {
    RouterClient.Reply stored =
        client.post("/agents/file-keeper/api/store", "{\"data\":\"hello file\"}");
    assertEquals(stored.raw().body(), 200, stored.status());
    String url = stored.json().path("result").path("Url").asText();
    URI link = URI.create(url);
    assertEquals(client.uri("/").getAuthority(), link.getAuthority());
    assertTrue(url, link.getPath().matches("/storage/[0-9a-f]{6}/[0-9a-f-]{36}\\.txt"));

    RouterClient.Reply file = client.get(link.getPath());
    assertEquals(200, file.status());
    assertEquals("hello file", file.raw().body());
    assertTrue(file.header("Content-Type"), file.header("Content-Type").startsWith("text/plain"));
    assertTrue(file.header("Content-Disposition").startsWith("inline"));

    String forged = link.getPath().replaceFirst("/storage/[0-9a-f]{6}/", "/storage/000000/");
    assertEquals(404, client.get(forged).status());
    assertEquals(404, client.get("/_temp/000000/00000000-0000-0000-0000-000000000000").status());
  }

  @Test
  public void servesAValidOpenApiDocument() throws Exception {
    RouterClient.Reply reply = client.get("/agents/public-echo/openapi.json");
    assertEquals(200, reply.status());
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(reply.raw().body(), null, null);
    assertEquals(List.of(), parsed.getMessages());
    OpenAPI api = parsed.getOpenAPI();
    assertEquals("public-echo", api.getInfo().getTitle());
    assertEquals(client.uri("/agents/public-echo").toString(), api.getServers().get(0).getUrl());
    assertNotNull(api.getPaths().get("/api/echo").getPost().getRequestBody());
    assertEquals("q", api.getPaths().get("/api/lookup").getGet().getParameters().get(0).getName());
  }

  @Test
  public void streamsTheRunsEventsInOrderWithTheResultLast() throws Exception {
    List<RouterClient.Event> events =
        client.stream("/agents/public-echo/api/echo", "{\"text\":\"hi\"}")
            .get(30, TimeUnit.SECONDS);
    List<String> steps = new ArrayList<>();
    for (RouterClient.Event e : events) {
      JsonNode data = e.json();
      steps.add(
          e.name()
              + ":"
              + data.path("action").asText()
              + (data.has("id") && e.name().equals("component")
                  ? ":" + data.path("id").asText()
                  : ""));
    }
    assertEquals(
        List.of(
            "agent:callStart",
            "component:callStart:EP",
            "component:callStop:EP",
            "component:callStart:OUT",
            "component:callStop:OUT",
            "agent:callStop"),
        steps);
    JsonNode last = events.get(events.size() - 1).json();
    assertEquals("hi", last.path("result").path("text").asText());
    assertEquals(200, last.path("status").asInt());
  }

  @Test
  public void aRunPastTheTimeoutIs504() throws Exception {
    assertError(504, client.post("/agents/too-slow/api/nap", "{\"text\":\"zz\"}"));
    List<RouterClient.Event> events =
        client.stream("/agents/too-slow/api/nap", "{\"text\":\"zz\"}").get(30, TimeUnit.SECONDS);
    JsonNode last = events.get(events.size() - 1).json();
    assertEquals("callStop", last.path("action").asText());
    assertEquals(504, last.path("status").asInt());
  }

  private static void assertError(int status, RouterClient.Reply reply) {
    assertEquals(reply.raw().body(), status, reply.status());
    assertTrue(reply.header("Content-Type").startsWith("application/json"));
    assertTrue(reply.raw().body(), reply.json().path("error").isTextual());
  }

  private static List<String> ids(RouterClient.Reply reply) {
    assertEquals(200, reply.status());
    List<String> ids = new ArrayList<>();
    reply.json().forEach(a -> ids.add(a.path("id").asText()));
    return ids;
  }
}
