package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.call;
import static sre.components.internal.TestCalls.result;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.component.RunContext;
import sre.api.component.support.BinaryValue;
import sre.api.security.AccessCandidate;
import sre.api.storage.Storage;
import sre.api.vault.Vault;

class ApiCallComponentTest {
  private LocalHttpServer server;
  private final Map<String, byte[]> files = TestServices.files();
  private final ApiCallComponent apiCall =
      new ApiCallComponent(Duration.ofSeconds(5), Duration.ofSeconds(10));
  private final TestPublicFiles links = new TestPublicFiles();
  private RunContext run;

  @BeforeEach
  void start() throws Exception {
    server = new LocalHttpServer();
    run =
        TestCalls.run(
            new AgentRequest(
                "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of(),
            Map.of(
                Vault.class, TestServices.vault(Map.of("token", "s3cr\"t")),
                Storage.class, TestServices.storage(files),
                sre.api.storage.PublicFiles.class, links));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Map<String, Object> send(Map<String, Object> config, Map<String, Object> inputs) {
    return result(apiCall.process(call(config, inputs, run)));
  }

  @Test
  void postsJsonWithTemplatedUrlHeadersAndBody() {
    server.respond(201, "application/json; charset=utf-8", "{\"ok\":true,\"n\":2}");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("method", "post");
    config.put("url", server.url("/items/{{id}}?q=a+b&name={{name}}&gone={{missing}}"));
    config.put(
        "headers", "{\"Authorization\": \"Bearer {{KEY(token)}}\", \"X-Who\": \"{{name}}\"}");
    config.put("contentType", "application/json");
    config.put("body", "{\"title\": \"{{name}}\", \"tags\": {{tags}}, \"n\": 1}");
    Map<String, Object> out =
        send(config, Map.of("id", 7L, "name", "Ann Lee", "tags", java.util.List.of("x", "y")));

    LocalHttpServer.Received got = server.last();
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.path()).isEqualTo("/items/7");
    assertThat(got.query()).isEqualTo("q=a%20b&name=Ann%20Lee&gone=");
    assertThat(got.headers())
        .containsEntry("authorization", "Bearer s3cr\"t")
        .containsEntry("x-who", "Ann Lee")
        .containsEntry("content-type", "application/json");
    assertThat(got.text()).isEqualTo("{\"title\":\"Ann Lee\",\"tags\":[\"x\",\"y\"],\"n\":1}");
    assertThat(out)
        .containsEntry("Response", Map.of("ok", true, "n", 2L))
        .doesNotContainKey("_error");
    assertThat(((Map<?, ?>) out.get("Headers")).get("x-test")).isEqualTo("yes");
  }

  @Test
  void httpFailureReportsStatusAndDecodedBody() {
    server.respond(404, "application/json", "{\"message\":\"no such item\"}");
    Map<String, Object> out =
        send(
            Map.of("method", "GET", "url", server.url("/missing"), "contentType", "none"),
            Map.of());
    assertThat(server.last().method()).isEqualTo("GET");
    assertThat(server.last().headers()).doesNotContainKey("content-type");
    assertThat(out)
        .containsEntry("_error", "Request failed with status code 404")
        .containsEntry("Response", Map.of("message", "no such item"));
  }

  @Test
  void urlEncodedAndTextBodies() {
    server.respond(200, "text/plain", "fine");
    Map<String, Object> out =
        send(
            Map.of(
                "method", "PUT",
                "url", server.url("/form"),
                "contentType", "application/x-www-form-urlencoded",
                "body", "{\"a\": \"{{v}}\", \"b\": [1, 2]}"),
            Map.of("v", "x y&z"));
    assertThat(server.last().text()).isEqualTo("a=x%20y%26z&b=1&b=2");
    assertThat(server.last().headers())
        .containsEntry("content-type", "application/x-www-form-urlencoded");
    assertThat(out).containsEntry("Response", "fine");

    send(
        Map.of(
            "method",
            "POST",
            "url",
            server.url("/t"),
            "contentType",
            "text/plain",
            "body",
            "hi {{v}}"),
        Map.of("v", "there"));
    assertThat(server.last().text()).isEqualTo("hi there");
    assertThat(server.last().headers()).containsEntry("content-type", "text/plain");
  }

  @Test
  void multipartSendsBinaryInputsAsFileParts() {
    BinaryValue png =
        new BinaryValue(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png", "a.png", null);
    send(
        Map.of(
            "method", "POST",
            "url", server.url("/upload"),
            "contentType", "multipart/form-data",
            "body", "{\"file\": \"{{img}}\", \"label\": \"{{name}}\"}"),
        Map.of("img", png, "name", "cat"));
    LocalHttpServer.Received got = server.last();
    String type = got.headers().get("content-type");
    assertThat(type).startsWith("multipart/form-data; boundary=");
    String boundary = type.substring(type.indexOf('=') + 1);
    String body = new String(got.body(), StandardCharsets.ISO_8859_1);
    assertThat(body)
        .contains(
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n")
        .contains("Content-Disposition: form-data; name=\"label\"\r\n\r\ncat\r\n")
        .endsWith("--" + boundary + "--\r\n");
  }

  @Test
  void binaryBodyAndBinaryResponse() {
    server.respond(200, "image/png", new byte[] {1, 2, 3});
    BinaryValue pdf =
        new BinaryValue("%PDF".getBytes(StandardCharsets.UTF_8), "application/pdf", "d.pdf", null);
    Map<String, Object> out =
        send(
            Map.of(
                "method",
                "POST",
                "url",
                server.url("/bin"),
                "contentType",
                "binary",
                "body",
                "{{doc}}"),
            Map.of("doc", pdf));
    assertThat(server.last().headers()).containsEntry("content-type", "application/pdf");
    assertThat(server.last().text()).isEqualTo("%PDF");
    Map<?, ?> file = (Map<?, ?>) out.get("Response");
    assertThat(file.get("mimetype")).isEqualTo("image/png");
    assertThat(file.get("size")).isEqualTo(3L);
    String url = (String) file.get("url");
    assertThat(url).startsWith("smythfs://default.team/agent-1/_temp/").endsWith("-response.png");
    assertThat(files).hasSize(1);
    assertThat(files.values().iterator().next()).containsExactly(1, 2, 3);
  }

  @Test
  void refusesForeignTeamFilesOAuthAndBadConfig() {
    Map<String, Object> out =
        send(
            Map.of("method", "GET", "url", server.url("/f?file=smythfs://other.team/x.png")),
            Map.of());
    assertThat((String) out.get("_error")).contains("Access Denied");
    assertThat(server.last()).isNull();
    assertThat(
            send(
                Map.of("method", "GET", "url", server.url("/"), "oauthService", "Google"),
                Map.of()))
        .containsKey("_error");
    assertThat(apiCall.validateConfig(Map.of("method", "FETCH", "url", "http://x"))).isPresent();
    assertThat(apiCall.validateConfig(Map.of("method", "GET", "url", "http://x"))).isEmpty();
  }

  @Test
  void ownFilesInTheQueryTravelAsTemporaryLinksEndedAfterTheCall() {
    server.respond(200, "application/json", "{\"ok\":true}");
    Map<String, Object> out =
        send(
            Map.of(
                "method",
                "GET",
                "url",
                server.url("/scan?file=smythfs://default.team/agent-1/_temp/a.png&mode=fast")),
            Map.of());

    assertThat(out).containsEntry("Response", Map.of("ok", true));
    assertThat(server.last().query())
        .isEqualTo("file=http%3A%2F%2Ffiles.test%2F_temp%2Fabc123%2Flink-1&mode=fast");
    assertThat(links.made)
        .containsExactly(
            new TestPublicFiles.Made(
                AccessCandidate.agent("agent-1"),
                "teams/default/agent-1/_temp/a.png",
                "http://files.test/_temp/abc123/link-1"));
    assertThat(links.destroyed).containsExactly("http://files.test/_temp/abc123/link-1");
  }

  @Test
  void linksAreEndedAlsoWhenTheCallFails() {
    server.close();
    Map<String, Object> out =
        send(
            Map.of(
                "method",
                "GET",
                "url",
                server.url("/scan?file=smythfs://default.team/agent-1/_temp/a.png")),
            Map.of());

    assertThat(out).containsKey("_error");
    assertThat(links.destroyed).hasSize(1);
  }

  @Test
  void normalizesUrlsLikeTheUrlParser() {
    assertThat(ApiCallUrls.normalize("http://h/p a/ü?x=[1]&y=%20"))
        .isEqualTo("http://h/p%20a/%C3%BC?x=%5B1%5D&y=%20");
  }
}
