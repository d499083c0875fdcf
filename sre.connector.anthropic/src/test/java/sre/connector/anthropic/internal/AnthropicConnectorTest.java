package sre.connector.anthropic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static sre.connector.anthropic.internal.AnthropicWire.*;
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
import sre.api.llm.LlmAttachment;
import sre.api.llm.LlmCredentials;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmProviderException.Kind;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.api.llm.ToolCall;
import sre.api.llm.ToolDefinition;
import sre.connector.lc4j.Cfg;
import sre.connector.lc4j.FakeProvider;

class AnthropicConnectorTest {
  static final String KEY = TestSecrets.KEY;
  static final LlmCredentials CREDS = LlmCredentials.apiKey(KEY, "anthropic");
  static final ToolDefinition WEATHER =
      new ToolDefinition(
          "weather",
          "Current weather",
          "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\","
              + "\"description\":\"City name\"}},\"required\":[\"city\"]}");

  FakeProvider server;
  AnthropicConnector connector;

  @BeforeEach
  void start() throws IOException {
    server = new FakeProvider();
    connector =
        new AnthropicConnector(
            Cfg.of(
                AnthropicConfig.class,
                Map.of("base_url", server.url("/v1/"), "read_timeout_ms", 5000L)));
  }

  @AfterEach
  void stop() {
    connector.deactivate();
    server.close();
  }

  @Test
  void chatSendsMessagesRequestAndReadsAnswer() throws Exception {
    server.then(FakeProvider.json(200, message("Hello there", "end_turn", 12, 3)));
    LlmRequest request =
        new LlmRequest(
            "claude-test",
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
    assertThat(seen.path()).isEqualTo("/v1/messages");
    assertThat(seen.header("x-api-key")).isEqualTo(KEY);
    assertThat(seen.header("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(seen.header("Authorization")).isNull();
    JsonNode body = seen.body();
    assertThat(body.path("model").asText()).isEqualTo("claude-test");
    assertThat(body.path("max_tokens").asInt()).isEqualTo(50);
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(body.path("stop_sequences").get(0).asText()).isEqualTo("END");
    assertThat(body.path("system").toString()).contains("be brief");
    JsonNode messages = body.path("messages");
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).path("role").asText()).isEqualTo("user");
    assertThat(messages.get(0).path("content").get(0).path("type").asText()).isEqualTo("text");
    assertThat(messages.get(0).path("content").get(0).path("text").asText()).isEqualTo("hi");
    assertThat(body.path("stream").asBoolean(false)).isFalse();
    assertThat(body.has("tools")).isFalse();
  }

  @Test
  void maxTokensDefaultsFromConfigurationAsTheApiRequiresIt() throws Exception {
    server.then(FakeProvider.json(200, message("ok", "max_tokens", 1, 4096)));

    LlmResponse r =
        result(connector.chat(LlmRequest.of("claude-test", LlmMessage.user("hi")), CREDS));

    assertThat(server.last().body().path("max_tokens").asInt()).isEqualTo(4096);
    assertThat(r.finishReason()).isEqualTo("length");
  }

  @Test
  void aThinkingBudgetTurnsOnExtendedThinking() throws Exception {
    server.then(FakeProvider.json(200, message("considered", "end_turn", 10, 900)));
    server.then(FakeProvider.json(200, message("quick", "end_turn", 10, 2)));

    result(
        connector.chat(
            new LlmRequest(
                "claude-test",
                List.of(LlmMessage.user("why?")),
                Map.of(LlmRequest.MAX_TOKENS, 4000, LlmRequest.THINKING_BUDGET, 2048)),
            CREDS));
    JsonNode thinking = server.last().body().path("thinking");
    result(connector.chat(LlmRequest.of("claude-test", LlmMessage.user("why?")), CREDS));
    JsonNode plain = server.last().body();

    assertThat(thinking.path("type").asText()).isEqualTo("enabled");
    assertThat(thinking.path("budget_tokens").asInt()).isEqualTo(2048);
    assertThat(plain.has("thinking")).isFalse();
  }

  @Test
  void toolsAreSentAndToolUseBlocksRead() throws Exception {
    server.then(
        FakeProvider.json(
            200,
            "{\"id\":\"msg_2\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-test\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"Checking.\"},{\"type\":\"tool_use\","
                + "\"id\":\"toolu_1\",\"name\":\"weather\",\"input\":{\"city\":\"Paris\"}}],"
                + "\"stop_reason\":\"tool_use\",\"usage\":{\"input_tokens\":40,\"output_tokens\":9}}"));
    LlmRequest request =
        LlmRequest.of("claude-test", LlmMessage.user("weather in Paris?"))
            .withTools(List.of(WEATHER))
            .withOptions(Map.of(LlmRequest.TOOL_CHOICE, "required"));

    LlmResponse r = result(connector.chat(request, CREDS));

    assertThat(r.finishReason()).isEqualTo("tool_calls");
    assertThat(r.content()).isEqualTo("Checking.");
    assertThat(r.toolCalls())
        .containsExactly(new ToolCall("toolu_1", "weather", "{\"city\":\"Paris\"}"));
    JsonNode body = server.last().body();
    JsonNode tool = body.path("tools").get(0);
    assertThat(tool.path("name").asText()).isEqualTo("weather");
    assertThat(tool.path("description").asText()).isEqualTo("Current weather");
    JsonNode schema = tool.path("input_schema");
    assertThat(schema.path("type").asText()).isEqualTo("object");
    assertThat(schema.path("properties").path("city").path("type").asText()).isEqualTo("string");
    assertThat(schema.path("properties").path("city").path("description").asText())
        .isEqualTo("City name");
    assertThat(schema.path("required").get(0).asText()).isEqualTo("city");
    assertThat(body.path("tool_choice").path("type").asText()).isEqualTo("any");
  }

  @Test
  void toolResultsAreReplayedAsToolResultBlocks() throws Exception {
    server.then(FakeProvider.json(200, message("Sunny", "end_turn", 50, 1)));
    ToolCall call = new ToolCall("toolu_1", "weather", "{\"city\":\"Paris\"}");
    LlmRequest request =
        new LlmRequest(
            "claude-test",
            List.of(
                LlmMessage.user("weather?"),
                LlmMessage.assistant("", List.of(call)),
                LlmMessage.toolResult(call, "{\"sky\":\"clear\"}")),
            Map.of());

    result(connector.chat(request, CREDS));

    JsonNode messages = server.last().body().path("messages");
    JsonNode use = messages.get(1).path("content").get(0);
    assertThat(messages.get(1).path("role").asText()).isEqualTo("assistant");
    assertThat(use.path("type").asText()).isEqualTo("tool_use");
    assertThat(use.path("id").asText()).isEqualTo("toolu_1");
    assertThat(use.path("name").asText()).isEqualTo("weather");
    assertThat(use.path("input").path("city").asText()).isEqualTo("Paris");
    JsonNode answer = messages.get(2).path("content").get(0);
    assertThat(messages.get(2).path("role").asText()).isEqualTo("user");
    assertThat(answer.path("type").asText()).isEqualTo("tool_result");
    assertThat(answer.path("tool_use_id").asText()).isEqualTo("toolu_1");
    assertThat(answer.path("content").toString()).contains("clear");
  }

  @Test
  void visionInputsAreImageBlocks() throws Exception {
    server.then(FakeProvider.json(200, message("A cat", "end_turn", 900, 2)));
    LlmRequest request =
        LlmRequest.of(
            "claude-test",
            LlmMessage.user(
                "what is this?",
                List.of(
                    LlmAttachment.data("image/jpeg", "AAEC"),
                    LlmAttachment.url("image/png", "https://example.test/cat.png"))));

    result(connector.chat(request, CREDS));

    JsonNode content = server.last().body().path("messages").get(0).path("content");
    assertThat(content.get(0).path("text").asText()).isEqualTo("what is this?");
    JsonNode inline = content.get(1);
    assertThat(inline.path("type").asText()).isEqualTo("image");
    assertThat(inline.path("source").path("type").asText()).isEqualTo("base64");
    assertThat(inline.path("source").path("media_type").asText()).isEqualTo("image/jpeg");
    assertThat(inline.path("source").path("data").asText()).isEqualTo("AAEC");
    JsonNode byUrl = content.get(2);
    assertThat(byUrl.path("type").asText()).isEqualTo("image");
    assertThat(byUrl.path("source").path("type").asText()).isEqualTo("url");
    assertThat(byUrl.path("source").path("url").asText()).isEqualTo("https://example.test/cat.png");
  }

  @Test
  void streamDeliversTokensAndMessageDeltaUsage() throws Exception {
    server.then(
        FakeProvider.sse(
            messageStart(25),
            textStart(0),
            PING,
            textDelta(0, "Hel"),
            textDelta(0, "lo "),
            textDelta(0, "world"),
            blockStop(0),
            messageDelta("end_turn", 15),
            MESSAGE_STOP));
    List<String> tokens = new ArrayList<>();

    LlmResponse r =
        result(
            connector.chatStream(
                LlmRequest.of("claude-test", LlmMessage.user("hi")), CREDS, tokens::add));

    assertThat(tokens).containsExactly("Hel", "lo ", "world");
    assertThat(r.content()).isEqualTo("Hello world");
    assertThat(r.finishReason()).isEqualTo("stop");
    assertThat(r.usage().inputTokens()).isEqualTo(25);
    assertThat(r.usage().outputTokens()).isEqualTo(15);
    FakeProvider.Seen seen = server.last();
    assertThat(seen.path()).isEqualTo("/v1/messages");
    assertThat(seen.header("x-api-key")).isEqualTo(KEY);
    assertThat(seen.body().path("stream").asBoolean()).isTrue();
  }

  @Test
  void streamedToolUseIsAssembled() throws Exception {
    server.then(
        FakeProvider.sse(
            messageStart(30),
            toolStart(0, "toolu_9", "weather"),
            toolDelta(0, "{\"ci"),
            toolDelta(0, "ty\": \"Oslo\"}"),
            blockStop(0),
            messageDelta("tool_use", 12),
            MESSAGE_STOP));

    LlmResponse r =
        result(
            connector.chatStream(
                LlmRequest.of("claude-test", LlmMessage.user("w?")).withTools(List.of(WEATHER)),
                CREDS,
                t -> {}));

    assertThat(r.toolCalls()).hasSize(1);
    ToolCall call = r.toolCalls().get(0);
    assertThat(call.id()).isEqualTo("toolu_9");
    assertThat(call.name()).isEqualTo("weather");
    assertThat(FakeProvider.JSON.readTree(call.arguments()).path("city").asText())
        .isEqualTo("Oslo");
    assertThat(r.finishReason()).isEqualTo("tool_calls");
    assertThat(r.usage().outputTokens()).isEqualTo(12);
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    server.then(
        FakeProvider.json(429, errorBody("rate_limit_error", "Number of requests exceeded"), "7"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of("claude-test", LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.status()).isEqualTo(429);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e.retryable()).isTrue();
  }

  @Test
  void overloadedAndServerErrorsAreRetryableAlsoForStreams() {
    server.then(FakeProvider.json(529, errorBody("overloaded_error", "Overloaded")));
    server.then(FakeProvider.json(500, errorBody("api_error", "boom")));

    LlmProviderException chat =
        failure(connector.chat(LlmRequest.of("claude-test", LlmMessage.user("hi")), CREDS));
    LlmProviderException stream =
        failure(
            connector.chatStream(
                LlmRequest.of("claude-test", LlmMessage.user("hi")), CREDS, t -> {}));

    assertThat(chat.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(chat.status()).isEqualTo(529);
    assertThat(chat.getMessage()).contains("Overloaded");
    assertThat(stream.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(stream.status()).isEqualTo(500);
  }

  @Test
  void anErrorEventInsideTheStreamKeepsItsKind() {
    server.then(
        FakeProvider.sse(
            messageStart(5), textStart(0), textDelta(0, "Hi"), error("overloaded_error")));

    LlmProviderException e =
        failure(
            connector.chatStream(
                LlmRequest.of("claude-test", LlmMessage.user("hi")), CREDS, t -> {}));

    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.getMessage()).contains("overloaded_error");
  }

  @Test
  void malformedJsonIsNotRetryable() {
    server.then(FakeProvider.json(200, "{\"content\": [ this is not json"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of("claude-test", LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void streamCutInTheMiddleFails() {
    server.then(
        FakeProvider.sse(messageStart(5), textStart(0), textDelta(0, "Hel"), textDelta(0, "lo")));
    List<String> tokens = new ArrayList<>();

    LlmProviderException e =
        failure(
            connector.chatStream(
                LlmRequest.of("claude-test", LlmMessage.user("hi")), CREDS, tokens::add));

    assertThat(tokens).containsExactly("Hel", "lo");
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void refusedKeyNeverAppearsInTheError() {
    server.then(
        FakeProvider.json(401, errorBody("authentication_error", "invalid x-api-key " + KEY)));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of("claude-test", LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("sk-ant");
    assertThat(String.valueOf(e.getCause())).doesNotContain(KEY);
  }

  @Test
  void embeddingsAreUnsupported() {
    LlmProviderException e = failure(connector.embed("any", List.of("a"), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED);
    assertThat(server.seen).isEmpty();
  }

  @Test
  void cancellingAStreamClosesTheConnection() throws Exception {
    CountDownLatch cancelled = new CountDownLatch(1);
    AtomicBoolean clientGone = new AtomicBoolean();
    server.then(
        exchange -> {
          OutputStream out = FakeProvider.startSse(exchange);
          FakeProvider.writeEvent(out, messageStart(5));
          FakeProvider.writeEvent(out, textStart(0));
          FakeProvider.writeEvent(out, textDelta(0, "first"));
          try {
            cancelled.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < 100_000; i++) {
              FakeProvider.writeEvent(out, PING);
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
            .chatStream(LlmRequest.of("claude-test", LlmMessage.user("hi")), CREDS, first::complete)
            .toCompletableFuture();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
    call.cancel(true);
    cancelled.countDown();

    await().atMost(Duration.ofSeconds(10)).untilTrue(clientGone);
    assertThatThrownBy(call::join).isInstanceOf(CancellationException.class);
  }
}
