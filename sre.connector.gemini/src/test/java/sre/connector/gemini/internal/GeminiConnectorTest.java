package sre.connector.gemini.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static sre.connector.gemini.internal.GeminiWire.*;
import static sre.connector.lc4j.Stages.failure;
import static sre.connector.lc4j.Stages.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.llm.Embeddings;
import sre.api.llm.GeneratedImages;
import sre.api.llm.ImageRequest;
import sre.api.llm.LlmAttachment;
import sre.api.llm.LlmCredentials;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmProviderException.Kind;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.api.llm.ResponseFormat;
import sre.api.llm.ToolCall;
import sre.api.llm.ToolDefinition;
import sre.connector.lc4j.Cfg;
import sre.connector.lc4j.FakeProvider;
import sre.connector.lc4j.FakeProvider.Event;

class GeminiConnectorTest {
  static final String KEY = TestSecrets.KEY;
  static final LlmCredentials CREDS = LlmCredentials.apiKey(KEY, "googleai");
  static final ToolDefinition WEATHER =
      new ToolDefinition(
          "weather",
          "Current weather",
          "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\","
              + "\"description\":\"City name\"}},\"required\":[\"city\"]}");

  FakeProvider server;
  GeminiConnector connector;

  @BeforeEach
  void start() throws IOException {
    server = new FakeProvider();
    connector =
        new GeminiConnector(
            Cfg.of(
                GeminiConfig.class,
                Map.of("base_url", server.url("/v1beta"), "read_timeout_ms", 5000L)));
  }

  @AfterEach
  void stop() {
    connector.deactivate();
    server.close();
  }

  /** The key travels in the header only: never in the URL, which proxies and logs keep. */
  void assertKeyInHeaderOnly(FakeProvider.Seen seen) {
    assertThat(seen.header("x-goog-api-key")).isEqualTo(KEY);
    assertThat(String.valueOf(seen.query())).doesNotContain(KEY);
  }

  @Test
  void chatSendsGenerateContentAndReadsAnswer() throws Exception {
    server.then(FakeProvider.json(200, answer(text("Hello there"), "STOP", 12, 3)));
    LlmRequest request =
        new LlmRequest(
            "gemini-test",
            List.of(LlmMessage.system("be brief"), LlmMessage.user("hi")),
            Map.of(
                LlmRequest.MAX_TOKENS,
                50,
                LlmRequest.TEMPERATURE,
                0.2,
                LlmRequest.STOP,
                List.of("END")));

    LlmResponse r = result(connector.chat(request, CREDS));

    assertThat(r.content()).isEqualTo("Hello there");
    assertThat(r.finishReason()).isEqualTo("stop");
    assertThat(r.usage().inputTokens()).isEqualTo(12);
    assertThat(r.usage().outputTokens()).isEqualTo(3);
    FakeProvider.Seen seen = server.last();
    assertThat(seen.method()).isEqualTo("POST");
    assertThat(seen.path()).isEqualTo("/v1beta/models/gemini-test:generateContent");
    assertKeyInHeaderOnly(seen);
    JsonNode body = seen.body();
    assertThat(body.path("systemInstruction").path("parts").get(0).path("text").asText())
        .isEqualTo("be brief");
    JsonNode contents = body.path("contents");
    assertThat(contents).hasSize(1);
    assertThat(contents.get(0).path("role").asText()).isEqualTo("user");
    assertThat(contents.get(0).path("parts").get(0).path("text").asText()).isEqualTo("hi");
    JsonNode config = body.path("generationConfig");
    assertThat(config.path("maxOutputTokens").asInt()).isEqualTo(50);
    assertThat(config.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(config.path("stopSequences").get(0).asText()).isEqualTo("END");
    assertThat(body.has("tools")).isFalse();
  }

  @Test
  void imagesComeBackAsInlineParts() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2};
    server.then(
        FakeProvider.json(
            200,
            answer(
                text("Here is your image")
                    + ",{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\""
                    + java.util.Base64.getEncoder().encodeToString(png)
                    + "\"}}",
                "STOP",
                8,
                1290)));

    GeneratedImages images =
        result(
            connector.generateImages(
                new ImageRequest(
                    "gemini-2.5-flash-image",
                    "a lighthouse",
                    1,
                    Map.of(ImageRequest.ASPECT_RATIO, "16:9")),
                CREDS));

    assertThat(images.images()).hasSize(1);
    assertThat(images.images().get(0).data()).containsExactly(png);
    assertThat(images.images().get(0).mimeType()).isEqualTo("image/png");
    FakeProvider.Seen seen = server.last();
    assertThat(seen.path()).isEqualTo("/v1beta/models/gemini-2.5-flash-image:generateContent");
    assertKeyInHeaderOnly(seen);
    JsonNode body = seen.body();
    assertThat(body.path("contents").get(0).path("parts").get(0).path("text").asText())
        .isEqualTo("a lighthouse");
    assertThat(body.path("generationConfig").toString()).contains("16:9");
  }

  @Test
  void imagenModelsUseThePredictApi() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 7};
    String b64 = java.util.Base64.getEncoder().encodeToString(png);
    server.then(
        FakeProvider.json(
            200,
            "{\"predictions\":[{\"bytesBase64Encoded\":\""
                + b64
                + "\",\"mimeType\":\"image/png\"},{\"bytesBase64Encoded\":\""
                + b64
                + "\",\"mimeType\":\"image/png\"}]}"));

    GeneratedImages images =
        result(
            connector.generateImages(
                new ImageRequest(
                    "imagen-4.0-generate-001",
                    "a lighthouse at dusk",
                    2,
                    Map.of(
                        ImageRequest.ASPECT_RATIO, "16:9",
                        ImageRequest.PERSON_GENERATION, "dont_allow",
                        ImageRequest.SIZE, "not an Imagen field")),
                CREDS));

    assertThat(images.images()).hasSize(2);
    assertThat(images.images().get(1).data()).containsExactly(png);
    assertThat(images.images().get(1).mimeType()).isEqualTo("image/png");
    FakeProvider.Seen seen = server.last();
    assertThat(seen.method()).isEqualTo("POST");
    assertThat(seen.path()).isEqualTo("/v1beta/models/imagen-4.0-generate-001:predict");
    assertKeyInHeaderOnly(seen);
    JsonNode body = seen.body();
    assertThat(body.path("instances").get(0).path("prompt").asText())
        .isEqualTo("a lighthouse at dusk");
    assertThat(body.path("parameters").path("sampleCount").asInt()).isEqualTo(2);
    assertThat(body.path("parameters").path("aspectRatio").asText()).isEqualTo("16:9");
    assertThat(body.path("parameters").path("personGeneration").asText()).isEqualTo("dont_allow");
    assertThat(body.path("parameters").has("size")).isFalse();
  }

  @Test
  void imagenFailuresAreProviderFailures() {
    server.then(
        FakeProvider.json(429, GeminiWire.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded"), "4"));
    server.then(FakeProvider.json(400, GeminiWire.error(400, "INVALID_ARGUMENT", "bad prompt")));
    ImageRequest request = new ImageRequest("imagen-4.0-generate-001", "x", 1, Map.of());

    LlmProviderException limited = failure(connector.generateImages(request, CREDS));
    LlmProviderException refused = failure(connector.generateImages(request, CREDS));

    assertThat(limited.kind()).isEqualTo(LlmProviderException.Kind.RATE_LIMITED);
    assertThat(limited.retryAfter()).contains(java.time.Duration.ofSeconds(4));
    assertThat(refused.kind()).isEqualTo(LlmProviderException.Kind.BAD_REQUEST);
    assertThat(refused.getMessage()).contains("400").contains("bad prompt").doesNotContain(KEY);
  }

  @Test
  void imageFailuresAreProviderFailures() {
    server.then(
        FakeProvider.json(429, GeminiWire.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded")));

    LlmProviderException e =
        failure(
            connector.generateImages(
                new ImageRequest("gemini-2.5-flash-image", "x", 1, Map.of()), CREDS));

    assertThat(e.kind()).isEqualTo(LlmProviderException.Kind.RATE_LIMITED);
    assertThat(e.getMessage()).doesNotContain(KEY);
  }

  @Test
  void toolsAreSentAndFunctionCallsRead() throws Exception {
    server.then(
        FakeProvider.json(
            200,
            answer(
                "{\"functionCall\":{\"name\":\"weather\",\"args\":{\"city\":\"Paris\"}}}",
                "STOP",
                40,
                9)));
    LlmRequest request =
        LlmRequest.of("gemini-test", LlmMessage.user("weather in Paris?"))
            .withTools(List.of(WEATHER))
            .withOptions(Map.of(LlmRequest.TOOL_CHOICE, "required"));

    LlmResponse r = result(connector.chat(request, CREDS));

    assertThat(r.finishReason()).isEqualTo("tool_calls");
    assertThat(r.toolCalls()).hasSize(1);
    assertThat(r.toolCalls().get(0).name()).isEqualTo("weather");
    assertThat(r.toolCalls().get(0).arguments()).isEqualTo("{\"city\":\"Paris\"}");
    JsonNode body = server.last().body();
    JsonNode fn = body.path("tools").get(0).path("functionDeclarations").get(0);
    assertThat(fn.path("name").asText()).isEqualTo("weather");
    assertThat(fn.path("description").asText()).isEqualTo("Current weather");
    // The schema travels as written, in the API's parametersJsonSchema (not the OpenAPI subset).
    JsonNode params = fn.path("parametersJsonSchema");
    assertThat(params.path("type").asText()).isEqualTo("object");
    assertThat(params.path("properties").path("city").path("type").asText()).isEqualTo("string");
    assertThat(params.path("properties").path("city").path("description").asText())
        .isEqualTo("City name");
    assertThat(params.path("required").get(0).asText()).isEqualTo("city");
    assertThat(body.path("toolConfig").path("functionCallingConfig").path("mode").asText())
        .isEqualTo("ANY");
  }

  @Test
  void toolResultsAreReplayedAsFunctionResponses() throws Exception {
    server.then(FakeProvider.json(200, answer(text("Sunny"), "STOP", 50, 1)));
    ToolCall call = new ToolCall("c1", "weather", "{\"city\":\"Paris\"}");
    LlmRequest request =
        new LlmRequest(
            "gemini-test",
            List.of(
                LlmMessage.user("weather?"),
                LlmMessage.assistant("", List.of(call)),
                LlmMessage.toolResult(call, "{\"sky\":\"clear\"}")),
            Map.of());

    result(connector.chat(request, CREDS));

    JsonNode contents = server.last().body().path("contents");
    JsonNode fnCall = contents.get(1).path("parts").get(0).path("functionCall");
    assertThat(contents.get(1).path("role").asText()).isEqualTo("model");
    assertThat(fnCall.path("name").asText()).isEqualTo("weather");
    assertThat(fnCall.path("args").path("city").asText()).isEqualTo("Paris");
    JsonNode fnResponse = contents.get(2).path("parts").get(0).path("functionResponse");
    assertThat(fnResponse.path("name").asText()).isEqualTo("weather");
    assertThat(fnResponse.path("response").toString()).contains("clear");
  }

  @Test
  void jsonModeAndInlineImages() throws Exception {
    server.then(FakeProvider.json(200, answer(text("{\\\"cat\\\":true}"), "STOP", 900, 5)));
    LlmRequest request =
        LlmRequest.of(
                "gemini-test",
                LlmMessage.user(
                    "is there a cat?", List.of(LlmAttachment.data("image/jpeg", "AAEC"))))
            .withResponseFormat(ResponseFormat.JSON);

    LlmResponse r = result(connector.chat(request, CREDS));

    assertThat(r.content()).isEqualTo("{\"cat\":true}");
    JsonNode body = server.last().body();
    assertThat(body.path("generationConfig").path("responseMimeType").asText())
        .isEqualTo("application/json");
    JsonNode parts = body.path("contents").get(0).path("parts");
    assertThat(parts.get(0).path("text").asText()).isEqualTo("is there a cat?");
    assertThat(parts.get(1).path("inlineData").path("mimeType").asText()).isEqualTo("image/jpeg");
    assertThat(parts.get(1).path("inlineData").path("data").asText()).isEqualTo("AAEC");
  }

  @Test
  void streamDeliversTokensAndFinalUsage() throws Exception {
    server.then(FakeProvider.sse(chunk("Hel"), chunk("lo "), last("world", 7, 3)));
    List<String> tokens = new ArrayList<>();

    LlmResponse r =
        result(
            connector.chatStream(
                LlmRequest.of("gemini-test", LlmMessage.user("hi")), CREDS, tokens::add));

    assertThat(tokens).containsExactly("Hel", "lo ", "world");
    assertThat(r.content()).isEqualTo("Hello world");
    assertThat(r.finishReason()).isEqualTo("stop");
    assertThat(r.usage().inputTokens()).isEqualTo(7);
    assertThat(r.usage().outputTokens()).isEqualTo(3);
    FakeProvider.Seen seen = server.last();
    assertThat(seen.path()).isEqualTo("/v1beta/models/gemini-test:streamGenerateContent");
    assertThat(seen.query()).isEqualTo("alt=sse");
    assertKeyInHeaderOnly(seen);
  }

  @Test
  void streamedFunctionCallsAreRead() throws Exception {
    server.then(
        FakeProvider.sse(
            new Event(
                null,
                answer(
                    "{\"functionCall\":{\"name\":\"weather\",\"args\":{\"city\":\"Oslo\"}}}",
                    "STOP",
                    30,
                    12))));

    LlmResponse r =
        result(
            connector.chatStream(
                LlmRequest.of("gemini-test", LlmMessage.user("w?")).withTools(List.of(WEATHER)),
                CREDS,
                t -> {}));

    assertThat(r.toolCalls()).hasSize(1);
    assertThat(r.toolCalls().get(0).name()).isEqualTo("weather");
    assertThat(r.toolCalls().get(0).arguments()).isEqualTo("{\"city\":\"Oslo\"}");
    assertThat(r.finishReason()).isEqualTo("tool_calls");
    assertThat(r.usage().outputTokens()).isEqualTo(12);
  }

  @Test
  void embeddingsOnePerTextInOrder() throws Exception {
    server.then(
        FakeProvider.json(200, "{\"embeddings\":[{\"values\":[0.1,0.2]},{\"values\":[0.3,0.4]}]}"));

    Embeddings e = result(connector.embed("gemini-embedding-001", List.of("a", "b"), CREDS));

    assertThat(e.vectors()).hasSize(2);
    assertThat(e.vectors().get(0)).containsExactly(0.1f, 0.2f);
    assertThat(e.vectors().get(1)).containsExactly(0.3f, 0.4f);
    FakeProvider.Seen seen = server.last();
    assertThat(seen.path()).isEqualTo("/v1beta/models/gemini-embedding-001:batchEmbedContents");
    assertKeyInHeaderOnly(seen);
    JsonNode requests = seen.body().path("requests");
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).path("model").asText()).isEqualTo("models/gemini-embedding-001");
    assertThat(requests.get(0).path("content").path("parts").get(0).path("text").asText())
        .isEqualTo("a");
    assertThat(requests.get(1).path("content").path("parts").get(0).path("text").asText())
        .isEqualTo("b");
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    server.then(
        FakeProvider.json(429, error(429, "RESOURCE_EXHAUSTED", "Resource exhausted"), "7"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of("gemini-test", LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.status()).isEqualTo(429);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void serverErrorsAreRetryableAlsoForStreamsAndEmbeddings() {
    server.then(FakeProvider.json(500, error(500, "INTERNAL", "boom")));
    server.then(FakeProvider.json(503, error(503, "UNAVAILABLE", "overloaded")));
    server.then(FakeProvider.json(503, error(503, "UNAVAILABLE", "overloaded")));

    LlmProviderException chat =
        failure(connector.chat(LlmRequest.of("gemini-test", LlmMessage.user("hi")), CREDS));
    LlmProviderException stream =
        failure(
            connector.chatStream(
                LlmRequest.of("gemini-test", LlmMessage.user("hi")), CREDS, t -> {}));
    LlmProviderException embed =
        failure(connector.embed("gemini-embedding-001", List.of("a"), CREDS));

    assertThat(chat.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(chat.getMessage()).contains("500").contains("boom");
    assertThat(stream.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(stream.status()).isEqualTo(503);
    assertThat(embed.kind()).isEqualTo(Kind.SERVER_ERROR);
  }

  @Test
  void malformedJsonIsNotRetryable() {
    server.then(FakeProvider.json(200, "{\"candidates\": [ this is not json"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of("gemini-test", LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void streamCutBeforeTheFinishReasonFails() {
    server.then(FakeProvider.sse(chunk("Hel"), chunk("lo")));
    List<String> tokens = new ArrayList<>();

    LlmProviderException e =
        failure(
            connector.chatStream(
                LlmRequest.of("gemini-test", LlmMessage.user("hi")), CREDS, tokens::add));

    assertThat(tokens).containsExactly("Hel", "lo");
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void refusedKeyNeverAppearsInTheError() {
    server.then(
        FakeProvider.json(400, error(400, "INVALID_ARGUMENT", "API key not valid: " + KEY)));
    server.then(FakeProvider.json(403, error(403, "PERMISSION_DENIED", "denied for " + KEY)));

    LlmProviderException invalid =
        failure(connector.chat(LlmRequest.of("gemini-test", LlmMessage.user("hi")), CREDS));
    LlmProviderException denied =
        failure(connector.chat(LlmRequest.of("gemini-test", LlmMessage.user("hi")), CREDS));

    assertThat(invalid.getMessage()).doesNotContain(KEY).doesNotContain("AIzaTest");
    assertThat(denied.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(denied.getMessage()).doesNotContain(KEY);
  }

  @Test
  void cancellingAStreamClosesTheConnection() throws Exception {
    CountDownLatch cancelled = new CountDownLatch(1);
    AtomicBoolean clientGone = new AtomicBoolean();
    server.then(
        exchange -> {
          OutputStream out = FakeProvider.startSse(exchange);
          FakeProvider.writeEvent(out, chunk("first"));
          try {
            cancelled.await(10, TimeUnit.SECONDS);
            byte[] keepAlive =
                (": padding " + "x".repeat(1000) + "\n\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < 100_000; i++) {
              out.write(keepAlive);
              out.flush();
            }
          } catch (IOException e) {
            clientGone.set(true);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    CompletableFuture<String> first = new CompletableFuture<>();

    CompletableFuture<LlmResponse> call =
        connector
            .chatStream(LlmRequest.of("gemini-test", LlmMessage.user("hi")), CREDS, first::complete)
            .toCompletableFuture();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
    call.cancel(true);
    cancelled.countDown();

    await().atMost(Duration.ofSeconds(10)).untilTrue(clientGone);
    assertThatThrownBy(call::join).isInstanceOf(CancellationException.class);
  }
}
