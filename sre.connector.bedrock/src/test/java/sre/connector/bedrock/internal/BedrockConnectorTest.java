package sre.connector.bedrock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static sre.connector.bedrock.internal.ConverseWire.answer;
import static sre.connector.bedrock.internal.ConverseWire.error;
import static sre.connector.lc4j.Stages.failure;
import static sre.connector.lc4j.Stages.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
import sre.api.llm.ResponseFormat;
import sre.api.llm.ToolCall;
import sre.api.llm.ToolDefinition;
import sre.connector.lc4j.Cfg;
import sre.connector.lc4j.FakeProvider;

class BedrockConnectorTest {
  static final String KEY_ID = "AKIDBEDROCKTEST";
  static final String MODEL = "anthropic.claude-3-haiku-20240307-v1:0";
  static final LlmCredentials CREDS = LlmCredentials.apiKey(TestSecrets.VAULT_SECRET, "bedrock");
  static final ToolDefinition WEATHER =
      new ToolDefinition(
          "weather",
          "Current weather",
          "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
              + "\"required\":[\"city\"]}");

  FakeProvider server;
  BedrockConnector connector;
  final List<String> variablesRead = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new FakeProvider();
    connector = connector(Map.of());
  }

  @AfterEach
  void stop() {
    connector.deactivate();
    server.close();
  }

  BedrockConnector connector(Map<String, Object> extra) {
    Map<String, Object> cfg = new HashMap<>();
    cfg.put("region", "eu-west-3");
    cfg.put("endpoint", server.url(""));
    cfg.put("access_key_id", KEY_ID);
    cfg.put("secret_key_env", "BEDROCK_TEST_SECRET");
    cfg.put("read_timeout_ms", 5000L);
    cfg.putAll(extra);
    return new BedrockConnector(
        Cfg.of(BedrockConfig.class, cfg),
        name -> {
          variablesRead.add(name);
          return name.equals("BEDROCK_TEST_SECRET") ? TestSecrets.ENV_SECRET : null;
        });
  }

  @Test
  void chatSendsSignedConverseRequestAndReadsAnswer() throws Exception {
    server.then(FakeProvider.json(200, answer("Hello there", "end_turn", 12, 3)));
    LlmRequest request =
        new LlmRequest(
            MODEL,
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

    LlmResponse r = result(connector.chat(request, CREDS));

    assertThat(r.content()).isEqualTo("Hello there");
    assertThat(r.finishReason()).isEqualTo("stop");
    assertThat(r.usage().inputTokens()).isEqualTo(12);
    assertThat(r.usage().outputTokens()).isEqualTo(3);
    assertThat(r.toolCalls()).isEmpty();
    FakeProvider.Seen seen = server.last();
    assertThat(seen.method()).isEqualTo("POST");
    assertThat(seen.path()).isEqualTo("/model/" + MODEL + "/converse");
    assertThat(seen.header("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=" + KEY_ID + "/")
        .contains("/eu-west-3/bedrock/aws4_request")
        .contains("Signature=");
    assertThat(seen.header("X-Amz-Date")).isNotBlank();
    assertThat(variablesRead).as("vault credentials win over the variable").isEmpty();
    JsonNode body = seen.body();
    assertThat(body.has("modelId")).as("the model travels in the path").isFalse();
    assertThat(body.path("system")).hasSize(1);
    assertThat(body.path("system").get(0).path("text").asText()).isEqualTo("be brief");
    JsonNode messages = body.path("messages");
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).path("role").asText()).isEqualTo("user");
    assertThat(messages.get(0).path("content")).hasSize(1);
    assertThat(messages.get(0).path("content").get(0).path("text").asText()).isEqualTo("hi");
    JsonNode inference = body.path("inferenceConfig");
    assertThat(inference.path("maxTokens").asInt()).isEqualTo(50);
    assertThat(inference.path("temperature").asDouble()).isCloseTo(0.2, within(1e-6));
    assertThat(inference.path("topP").asDouble()).isCloseTo(0.9, within(1e-6));
    assertThat(inference.path("stopSequences").get(0).asText()).isEqualTo("END");
    assertThat(body.has("toolConfig")).isFalse();
  }

  @Test
  void noOptionsSendsNoInferenceConfigAndMaxTokensStopIsLength() throws Exception {
    server.then(FakeProvider.json(200, answer("cut", "max_tokens", 1, 9)));

    LlmResponse r = result(connector.chat(LlmRequest.of(MODEL, LlmMessage.user("hi")), CREDS));

    assertThat(r.finishReason()).isEqualTo("length");
    assertThat(server.last().body().has("inferenceConfig")).isFalse();
    assertThat(server.last().body().has("system")).isFalse();
  }

  @Test
  void toolsAreSentAndToolUseBlocksRead() throws Exception {
    server.then(
        FakeProvider.json(
            200,
            "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":["
                + "{\"text\":\"Checking.\"},{\"toolUse\":{\"toolUseId\":\"tooluse_1\","
                + "\"name\":\"weather\",\"input\":{\"city\":\"Paris\",\"days\":2}}}]}},"
                + "\"stopReason\":\"tool_use\",\"usage\":{\"inputTokens\":40,\"outputTokens\":9,"
                + "\"totalTokens\":49}}"));
    LlmRequest request =
        LlmRequest.of(MODEL, LlmMessage.user("weather in Paris?"))
            .withTools(List.of(WEATHER))
            .withOptions(Map.of(LlmRequest.TOOL_CHOICE, "required"));

    LlmResponse r = result(connector.chat(request, CREDS));

    assertThat(r.finishReason()).isEqualTo("tool_calls");
    assertThat(r.content()).isEqualTo("Checking.");
    assertThat(r.toolCalls())
        .containsExactly(new ToolCall("tooluse_1", "weather", "{\"city\":\"Paris\",\"days\":2}"));
    assertThat(r.usage().inputTokens()).isEqualTo(40);
    JsonNode tools = server.last().body().path("toolConfig");
    JsonNode spec = tools.path("tools").get(0).path("toolSpec");
    assertThat(spec.path("name").asText()).isEqualTo("weather");
    assertThat(spec.path("description").asText()).isEqualTo("Current weather");
    JsonNode schema = spec.path("inputSchema").path("json");
    assertThat(schema.path("type").asText()).isEqualTo("object");
    assertThat(schema.path("properties").path("city").path("type").asText()).isEqualTo("string");
    assertThat(schema.path("required").get(0).asText()).isEqualTo("city");
    assertThat(tools.path("toolChoice").has("any")).isTrue();
  }

  @Test
  void toolHistoryIsReplayedWithResultsMergedIntoOneUserTurn() throws Exception {
    server.then(FakeProvider.json(200, answer("Sunny in both.", "end_turn", 80, 5)));
    ToolCall paris = new ToolCall("tu_1", "weather", "{\"city\":\"Paris\"}");
    ToolCall rome = new ToolCall("tu_2", "weather", "{\"city\":\"Rome\"}");
    LlmRequest request =
        new LlmRequest(
                MODEL,
                List.of(
                    LlmMessage.user("weather?"),
                    LlmMessage.assistant("", List.of(paris, rome)),
                    LlmMessage.toolResult(paris, "sunny"),
                    LlmMessage.toolResult(rome, "sunny too")),
                Map.of())
            .withTools(List.of(WEATHER));

    result(connector.chat(request, CREDS));

    JsonNode messages = server.last().body().path("messages");
    assertThat(messages).hasSize(3);
    JsonNode assistant = messages.get(1);
    assertThat(assistant.path("role").asText()).isEqualTo("assistant");
    assertThat(assistant.path("content")).hasSize(2);
    JsonNode use = assistant.path("content").get(0).path("toolUse");
    assertThat(use.path("toolUseId").asText()).isEqualTo("tu_1");
    assertThat(use.path("name").asText()).isEqualTo("weather");
    assertThat(use.path("input").path("city").asText()).isEqualTo("Paris");
    JsonNode results = messages.get(2);
    assertThat(results.path("role").asText()).isEqualTo("user");
    assertThat(results.path("content")).hasSize(2);
    JsonNode first = results.path("content").get(0).path("toolResult");
    assertThat(first.path("toolUseId").asText()).isEqualTo("tu_1");
    assertThat(first.path("content").get(0).path("text").asText()).isEqualTo("sunny");
    assertThat(results.path("content").get(1).path("toolResult").path("toolUseId").asText())
        .isEqualTo("tu_2");
  }

  @Test
  void inlineImagesAndJsonModeAreSent() throws Exception {
    server.then(FakeProvider.json(200, answer("{}", "end_turn", 5, 1)));
    LlmRequest request =
        LlmRequest.of(
                MODEL,
                LlmMessage.user("describe", List.of(LlmAttachment.data("image/png", "iVBO"))))
            .withResponseFormat(ResponseFormat.JSON);

    result(connector.chat(request, CREDS));

    JsonNode body = server.last().body();
    JsonNode image = body.path("messages").get(0).path("content").get(1).path("image");
    assertThat(image.path("format").asText()).isEqualTo("png");
    assertThat(image.path("source").path("bytes").asText()).isEqualTo("iVBO");
    assertThat(body.path("system").get(0).path("text").asText())
        .isEqualTo(ConverseRequests.JSON_INSTRUCTION);
  }

  @Test
  void imageUrlsAreRefusedBeforeAnyRequest() {
    LlmRequest request =
        LlmRequest.of(
            MODEL,
            LlmMessage.user("describe", List.of(LlmAttachment.url("image/png", "http://x/a.png"))));

    LlmProviderException e = failure(connector.chat(request, CREDS));

    assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(server.seen).isEmpty();
  }

  @Test
  void throttlingIsRateLimitedWithRetryAfter() {
    server.then(
        exchange -> {
          exchange.getResponseHeaders().add("Retry-After", "7");
          error(429, "ThrottlingException", "Too many requests, please wait").write(exchange);
        });

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of(MODEL, LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.retryable()).isTrue();
    assertThat(e.status()).isEqualTo(429);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e.getMessage())
        .contains("ThrottlingException")
        .doesNotContain(TestSecrets.VAULT_SECRET);
    assertThat(server.seen).as("the SDK does not retry on its own").hasSize(1);
  }

  @Test
  void serverErrorIsRetryable() {
    server.then(error(500, "InternalServerException", "boom"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of(MODEL, LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.status()).isEqualTo(500);
    assertThat(server.seen).hasSize(1);
  }

  @Test
  void refusedCredentialsDropAwsText() {
    server.then(error(403, "AccessDeniedException", "key AKIDBEDROCKTEST not allowed"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of(MODEL, LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.getMessage()).contains("403").doesNotContain("not allowed");
  }

  @Test
  void validationErrorIsABadRequest() {
    server.then(error(400, "ValidationException", "messages must alternate"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of(MODEL, LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(e.getMessage()).contains("ValidationException").contains("messages must alternate");
  }

  @Test
  void malformedJsonIsAMalformedResponse() {
    server.then(FakeProvider.json(200, "{\"output\": {\"message\": [oops"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of(MODEL, LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void answerWithoutOutputIsMalformed() {
    server.then(FakeProvider.json(200, "{\"stopReason\":\"end_turn\"}"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of(MODEL, LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void withoutVaultCredentialsTheSecretComesFromTheNamedVariable() throws Exception {
    server.then(FakeProvider.json(200, answer("ok", "end_turn", 1, 1)));

    result(connector.chat(LlmRequest.of(MODEL, LlmMessage.user("hi")), LlmCredentials.NONE));

    assertThat(variablesRead).contains("BEDROCK_TEST_SECRET");
    assertThat(server.last().header("Authorization")).contains("Credential=" + KEY_ID + "/");
  }

  @Test
  void missingSecretFailsClearlyWithoutCallingAws() {
    connector.deactivate();
    connector = connector(Map.of("secret_key_env", "UNSET_VARIABLE"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of(MODEL, LlmMessage.user("hi")), LlmCredentials.NONE));

    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.getMessage()).contains("UNSET_VARIABLE");
    assertThat(server.seen).isEmpty();
  }

  @Test
  void vaultSecretWithoutAccessKeyIdIsRefused() {
    connector.deactivate();
    connector = connector(Map.of("access_key_id", ""));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of(MODEL, LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.getMessage()).contains("bedrock").contains("access.key.id");
    assertThat(server.seen).isEmpty();
  }

  @Test
  void cancellingAbortsTheExchangeAndFreesTheThread() throws Exception {
    connector.deactivate();
    connector = connector(Map.of("max_concurrent_calls", 1, "read_timeout_ms", 60_000L));
    CountDownLatch release = new CountDownLatch(1);
    server.then(
        exchange -> {
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.then(FakeProvider.json(200, answer("second", "end_turn", 1, 1)));
    try {
      CompletableFuture<LlmResponse> first =
          connector
              .chat(LlmRequest.of(MODEL, LlmMessage.user("slow")), CREDS)
              .toCompletableFuture();
      assertThat(first).as("the caller's thread is not held").isNotDone();
      await().atMost(Duration.ofSeconds(5)).until(() -> server.seen.size() == 1);

      first.cancel(true);

      // One pool thread: the second call can only run once the first exchange was aborted.
      LlmResponse second =
          result(connector.chat(LlmRequest.of(MODEL, LlmMessage.user("next")), CREDS));
      assertThat(second.content()).isEqualTo("second");
    } finally {
      release.countDown();
    }
  }

  @Test
  void streamingAndEmbeddingsAreUnsupported() {
    assertThat(
            failure(
                    connector.chatStream(
                        LlmRequest.of(MODEL, LlmMessage.user("hi")), CREDS, t -> {}))
                .kind())
        .isEqualTo(Kind.UNSUPPORTED);
    assertThat(failure(connector.embed("amazon.titan-embed-text-v2:0", List.of("a"), CREDS)).kind())
        .isEqualTo(Kind.UNSUPPORTED);
  }
}
