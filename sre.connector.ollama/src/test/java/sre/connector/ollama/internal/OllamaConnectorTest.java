package sre.connector.ollama.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static sre.connector.lc4j.Stages.failure;
import static sre.connector.lc4j.Stages.result;
import static sre.connector.ollama.internal.OllamaWire.*;

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

class OllamaConnectorTest {
  static final String TOKEN = TestSecrets.KEY;
  static final LlmCredentials PROXY = LlmCredentials.apiKey(TOKEN, "ollama-proxy");
  static final LlmCredentials NONE = LlmCredentials.NONE;
  static final ToolDefinition WEATHER =
      new ToolDefinition(
          "weather",
          "Current weather",
          "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\","
              + "\"description\":\"City name\"}},\"required\":[\"city\"]}");

  FakeProvider server;
  OllamaConnector connector;

  @BeforeEach
  void start() throws IOException {
    server = new FakeProvider();
    connector =
        new OllamaConnector(
            Cfg.of(
                OllamaConfig.class, Map.of("base_url", server.url(""), "read_timeout_ms", 5000L)));
  }

  @AfterEach
  void stop() {
    connector.deactivate();
    server.close();
  }

  static LlmRequest hi() {
    return LlmRequest.of("llama-test", LlmMessage.user("hi"));
  }

  @Test
  void chatSendsNativeChatRequestAndReadsAnswer() throws Exception {
    server.then(FakeProvider.json(200, chat("Hello there", "stop", 12, 3)));
    LlmRequest request =
        new LlmRequest(
            "llama-test",
            List.of(LlmMessage.system("be brief"), LlmMessage.user("hi")),
            Map.of(
                LlmRequest.MAX_TOKENS,
                50,
                LlmRequest.TEMPERATURE,
                0.2,
                LlmRequest.TOP_P,
                0.9,
                LlmRequest.STOP,
                List.of("END")));

    LlmResponse r = result(connector.chat(request, NONE));

    assertThat(r.content()).isEqualTo("Hello there");
    assertThat(r.finishReason()).isEqualTo("stop");
    assertThat(r.usage().inputTokens()).isEqualTo(12);
    assertThat(r.usage().outputTokens()).isEqualTo(3);
    FakeProvider.Seen seen = server.last();
    assertThat(seen.method()).isEqualTo("POST");
    assertThat(seen.path()).isEqualTo("/api/chat");
    assertThat(seen.header("Authorization")).isNull();
    JsonNode body = seen.body();
    assertThat(body.path("model").asText()).isEqualTo("llama-test");
    assertThat(body.path("stream").asBoolean(true)).isFalse();
    JsonNode options = body.path("options");
    assertThat(options.path("num_predict").asInt()).isEqualTo(50);
    assertThat(options.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(options.path("top_p").asDouble()).isEqualTo(0.9);
    assertThat(options.path("stop").get(0).asText()).isEqualTo("END");
    JsonNode messages = body.path("messages");
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
    assertThat(messages.get(0).path("content").asText()).isEqualTo("be brief");
    assertThat(messages.get(1).path("role").asText()).isEqualTo("user");
    assertThat(messages.get(1).path("content").asText()).isEqualTo("hi");
    // langchain4j-ollama may write "tools": null; Ollama reads that as no tools.
    assertThat(body.path("tools").isEmpty()).isTrue();
    assertThat(body.has("format")).isFalse();
  }

  @Test
  void lengthLimitIsReportedAsLength() throws Exception {
    server.then(FakeProvider.json(200, chat("cut", "length", 1, 50)));

    assertThat(result(connector.chat(hi(), NONE)).finishReason()).isEqualTo("length");
  }

  @Test
  void proxyTokenFromTheVaultIsSentAsBearer() throws Exception {
    server.then(FakeProvider.json(200, chat("ok", "stop", 1, 1)));

    result(connector.chat(hi(), PROXY));

    assertThat(server.last().header("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void jsonModeSendsFormatJson() throws Exception {
    server.then(FakeProvider.json(200, chat("{}", "stop", 1, 1)));

    result(connector.chat(hi().withResponseFormat(ResponseFormat.JSON), NONE));

    assertThat(server.last().body().path("format").asText()).isEqualTo("json");
  }

  @Test
  void toolsAreSentAndToolCallsRead() throws Exception {
    server.then(
        FakeProvider.json(
            200,
            "{\"model\":\"llama-test\",\"created_at\":\"2025-01-01T00:00:00Z\","
                + "\"message\":{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":["
                + "{\"function\":{\"name\":\"weather\",\"arguments\":{\"city\":\"Paris\"}}}]},"
                + "\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":40,"
                + "\"eval_count\":9}"));
    LlmRequest request =
        LlmRequest.of("llama-test", LlmMessage.user("weather in Paris?"))
            .withTools(List.of(WEATHER));

    LlmResponse r = result(connector.chat(request, NONE));

    assertThat(r.finishReason()).isEqualTo("tool_calls");
    assertThat(r.toolCalls()).hasSize(1);
    assertThat(r.toolCalls().get(0).name()).isEqualTo("weather");
    assertThat(r.toolCalls().get(0).arguments()).isEqualTo("{\"city\":\"Paris\"}");
    JsonNode tool = server.last().body().path("tools").get(0);
    assertThat(tool.path("type").asText()).isEqualTo("function");
    JsonNode function = tool.path("function");
    assertThat(function.path("name").asText()).isEqualTo("weather");
    assertThat(function.path("description").asText()).isEqualTo("Current weather");
    JsonNode schema = function.path("parameters");
    assertThat(schema.path("type").asText()).isEqualTo("object");
    assertThat(schema.path("properties").path("city").path("type").asText()).isEqualTo("string");
    assertThat(schema.path("properties").path("city").path("description").asText())
        .isEqualTo("City name");
    assertThat(schema.path("required").get(0).asText()).isEqualTo("city");
  }

  @Test
  void toolResultsAreReplayedAsToolMessages() throws Exception {
    server.then(FakeProvider.json(200, chat("Sunny", "stop", 50, 1)));
    ToolCall call = new ToolCall("call_1", "weather", "{\"city\":\"Paris\"}");
    LlmRequest request =
        new LlmRequest(
            "llama-test",
            List.of(
                LlmMessage.user("weather?"),
                LlmMessage.assistant("", List.of(call)),
                LlmMessage.toolResult(call, "{\"sky\":\"clear\"}")),
            Map.of());

    result(connector.chat(request, NONE));

    JsonNode messages = server.last().body().path("messages");
    assertThat(messages.get(1).path("role").asText()).isEqualTo("assistant");
    JsonNode function = messages.get(1).path("tool_calls").get(0).path("function");
    assertThat(function.path("name").asText()).isEqualTo("weather");
    assertThat(function.path("arguments").path("city").asText()).isEqualTo("Paris");
    assertThat(messages.get(2).path("role").asText()).isEqualTo("tool");
    assertThat(messages.get(2).path("content").asText()).isEqualTo("{\"sky\":\"clear\"}");
  }

  @Test
  void imagesTravelAsBase64() throws Exception {
    server.then(FakeProvider.json(200, chat("A cat", "stop", 900, 2)));
    LlmRequest request =
        LlmRequest.of(
            "llava-test",
            LlmMessage.user("what is this?", List.of(LlmAttachment.data("image/png", "AAEC"))));

    result(connector.chat(request, NONE));

    JsonNode message = server.last().body().path("messages").get(0);
    assertThat(message.path("content").asText()).isEqualTo("what is this?");
    assertThat(message.path("images")).hasSize(1);
    assertThat(message.path("images").get(0).asText()).isEqualTo("AAEC");
  }

  @Test
  void streamDeliversTokensAndFinalLineUsage() throws Exception {
    server.then(ndjson(chunk("Hel"), chunk("lo "), chunk("world"), last("stop", 25, 15)));
    List<String> tokens = new ArrayList<>();

    LlmResponse r = result(connector.chatStream(hi(), PROXY, tokens::add));

    assertThat(tokens).containsExactly("Hel", "lo ", "world");
    assertThat(r.content()).isEqualTo("Hello world");
    assertThat(r.finishReason()).isEqualTo("stop");
    assertThat(r.usage().inputTokens()).isEqualTo(25);
    assertThat(r.usage().outputTokens()).isEqualTo(15);
    FakeProvider.Seen seen = server.last();
    assertThat(seen.path()).isEqualTo("/api/chat");
    assertThat(seen.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(seen.body().path("stream").asBoolean()).isTrue();
  }

  @Test
  void streamCutBeforeTheDoneLineFails() {
    server.then(ndjson(chunk("Hel"), chunk("lo")));
    List<String> tokens = new ArrayList<>();

    LlmProviderException e = failure(connector.chatStream(hi(), NONE, tokens::add));

    assertThat(tokens).containsExactly("Hel", "lo");
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void anErrorLineInsideTheStreamIsAServerError() {
    server.then(ndjson(chunk("Hi"), error("model runner has unexpectedly stopped")));

    LlmProviderException e = failure(connector.chatStream(hi(), NONE, t -> {}));

    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.retryable()).isTrue();
  }

  @Test
  void serverErrorsAreRetryableAlsoForStreams() {
    server.then(FakeProvider.json(500, error("boom")));
    server.then(FakeProvider.json(500, error("boom")));

    LlmProviderException chat = failure(connector.chat(hi(), NONE));
    LlmProviderException stream = failure(connector.chatStream(hi(), NONE, t -> {}));

    assertThat(chat.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(chat.status()).isEqualTo(500);
    assertThat(chat.getMessage()).contains("boom");
    assertThat(stream.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(stream.status()).isEqualTo(500);
  }

  @Test
  void rateLimitFromAProxyCarriesRetryAfter() {
    server.then(FakeProvider.json(429, error("slow down"), "7"));

    LlmProviderException e = failure(connector.chat(hi(), PROXY));

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void unknownModelIsABadRequest() {
    server.then(
        FakeProvider.json(404, error("model \\\"nope\\\" not found, try pulling it first")));

    LlmProviderException e = failure(connector.chat(hi(), NONE));

    assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.getMessage()).contains("not found");
  }

  @Test
  void malformedJsonIsNotRetryable() {
    server.then(FakeProvider.json(200, "{\"message\": [ this is not json"));

    LlmProviderException e = failure(connector.chat(hi(), NONE));

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void refusedProxyTokenNeverAppearsInTheError() {
    server.then(FakeProvider.json(401, error("bad token " + TOKEN)));

    LlmProviderException e = failure(connector.chat(hi(), PROXY));

    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.getMessage()).doesNotContain(TOKEN);
    assertThat(String.valueOf(e.getCause())).doesNotContain(TOKEN);
  }

  @Test
  void embedPostsInputsAndReadsVectors() throws Exception {
    server.then(
        FakeProvider.json(
            200,
            "{\"model\":\"embed-test\",\"embeddings\":[[0.1,0.2,0.3],[0.4,0.5,0.6]],"
                + "\"prompt_eval_count\":8}"));

    Embeddings e = result(connector.embed("embed-test", List.of("a", "b"), NONE));

    assertThat(e.vectors()).hasSize(2);
    assertThat(e.vectors().get(0)).containsExactly(0.1f, 0.2f, 0.3f);
    assertThat(e.vectors().get(1)).containsExactly(0.4f, 0.5f, 0.6f);
    FakeProvider.Seen seen = server.last();
    assertThat(seen.path()).isEqualTo("/api/embed");
    assertThat(seen.body().path("model").asText()).isEqualTo("embed-test");
    assertThat(seen.body().path("input")).hasSize(2);
    assertThat(seen.body().path("input").get(0).asText()).isEqualTo("a");
    assertThat(seen.body().path("input").get(1).asText()).isEqualTo("b");
  }

  @Test
  void embedServerErrorIsRetryable() {
    server.then(FakeProvider.json(503, error("loading model")));

    LlmProviderException e = failure(connector.embed("embed-test", List.of("a"), NONE));

    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.status()).isEqualTo(503);
  }

  @Test
  void cancellingAStreamClosesTheConnection() throws Exception {
    CountDownLatch cancelled = new CountDownLatch(1);
    AtomicBoolean clientGone = new AtomicBoolean();
    server.then(
        exchange -> {
          OutputStream out = startNdjson(exchange);
          writeLine(out, chunk("first"));
          try {
            cancelled.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < 100_000; i++) {
              writeLine(out, chunk(""));
            }
          } catch (IOException e) {
            clientGone.set(true);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    CompletableFuture<String> first = new CompletableFuture<>();

    CompletableFuture<LlmResponse> call =
        connector.chatStream(hi(), NONE, first::complete).toCompletableFuture();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
    call.cancel(true);
    cancelled.countDown();

    await().atMost(Duration.ofSeconds(10)).untilTrue(clientGone);
    assertThatThrownBy(call::join).isInstanceOf(CancellationException.class);
  }
}
