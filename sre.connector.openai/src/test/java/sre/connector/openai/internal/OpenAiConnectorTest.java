package sre.connector.openai.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
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

class OpenAiConnectorTest {
  static final String KEY = TestSecrets.DIRECT_KEY;
  static final LlmCredentials CREDS = LlmCredentials.apiKey(KEY, "openai");

  FakeOpenAi server;
  OpenAiConnector connector;

  @BeforeEach
  void start() throws IOException {
    server = new FakeOpenAi();
    connector =
        new OpenAiConnector(
            Cfg.of(
                OpenAiConfig.class,
                Map.of("base_url", server.baseUrl(), "read_timeout_ms", 5000L)));
  }

  @AfterEach
  void stop() {
    connector.deactivate();
    server.close();
  }

  static String completion(String content, String finish, int in, int out) {
    return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o-mini\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
        + content
        + "\"},\"finish_reason\":\""
        + finish
        + "\"}],\"usage\":{\"prompt_tokens\":"
        + in
        + ",\"completion_tokens\":"
        + out
        + ",\"total_tokens\":"
        + (in + out)
        + "}}";
  }

  static <T> T result(java.util.concurrent.CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  static LlmProviderException failure(java.util.concurrent.CompletionStage<?> stage) {
    try {
      stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(LlmProviderException.class);
      return (LlmProviderException) e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected a failure");
  }

  @Test
  void chatSendsOpenAiRequestAndReadsAnswer() throws Exception {
    server.then(FakeOpenAi.json(200, completion("Hello there", "stop", 12, 3)));
    LlmRequest request =
        new LlmRequest(
            "gpt-4o-mini",
            List.of(LlmMessage.system("be brief"), LlmMessage.user("hi")),
            Map.of(LlmRequest.MAX_TOKENS, 50, LlmRequest.TEMPERATURE, 0.2));

    LlmResponse r = result(connector.chat(request, CREDS));

    assertThat(r.content()).isEqualTo("Hello there");
    assertThat(r.finishReason()).isEqualTo("stop");
    assertThat(r.usage().inputTokens()).isEqualTo(12);
    assertThat(r.usage().outputTokens()).isEqualTo(3);
    FakeOpenAi.Seen seen = server.last();
    assertThat(seen.path()).isEqualTo("/v1/chat/completions");
    assertThat(seen.header("Authorization")).isEqualTo("Bearer " + KEY);
    JsonNode body = seen.body();
    assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
    assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("be brief");
    assertThat(body.path("messages").get(1).path("role").asText()).isEqualTo("user");
    assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo("hi");
    assertThat(body.path("max_tokens").asInt()).isEqualTo(50);
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(body.path("stream").asBoolean(false)).isFalse();
    assertThat(body.has("tools")).isFalse();
  }

  @Test
  void toolsAreSentAndToolCallsRead() throws Exception {
    server.then(
        FakeOpenAi.json(
            200,
            "{\"id\":\"c2\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,"
                + "\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":"
                + "\"weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}]},"
                + "\"finish_reason\":\"tool_calls\"}],"
                + "\"usage\":{\"prompt_tokens\":40,\"completion_tokens\":9,\"total_tokens\":49}}"));
    ToolDefinition weather =
        new ToolDefinition(
            "weather",
            "Current weather",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\","
                + "\"description\":\"City name\"}},\"required\":[\"city\"]}");
    LlmRequest request =
        LlmRequest.of("gpt-4o", LlmMessage.user("weather in Paris?")).withTools(List.of(weather));

    LlmResponse r = result(connector.chat(request, CREDS));

    assertThat(r.finishReason()).isEqualTo("tool_calls");
    assertThat(r.toolCalls())
        .containsExactly(new ToolCall("call_1", "weather", "{\"city\":\"Paris\"}"));
    JsonNode tool = server.last().body().path("tools").get(0);
    assertThat(tool.path("type").asText()).isEqualTo("function");
    assertThat(tool.path("function").path("name").asText()).isEqualTo("weather");
    assertThat(tool.path("function").path("description").asText()).isEqualTo("Current weather");
    JsonNode params = tool.path("function").path("parameters");
    assertThat(params.path("type").asText()).isEqualTo("object");
    assertThat(params.path("properties").path("city").path("type").asText()).isEqualTo("string");
    assertThat(params.path("required").get(0).asText()).isEqualTo("city");
  }

  @Test
  void toolResultsAreReplayed() throws Exception {
    server.then(FakeOpenAi.json(200, completion("Sunny", "stop", 50, 1)));
    ToolCall call = new ToolCall("call_1", "weather", "{\"city\":\"Paris\"}");
    LlmRequest request =
        new LlmRequest(
            "gpt-4o",
            List.of(
                LlmMessage.user("weather?"),
                LlmMessage.assistant("", List.of(call)),
                LlmMessage.toolResult(call, "{\"sky\":\"clear\"}")),
            Map.of());

    result(connector.chat(request, CREDS));

    JsonNode messages = server.last().body().path("messages");
    assertThat(messages.get(1).path("tool_calls").get(0).path("id").asText()).isEqualTo("call_1");
    assertThat(messages.get(2).path("role").asText()).isEqualTo("tool");
    assertThat(messages.get(2).path("tool_call_id").asText()).isEqualTo("call_1");
    assertThat(messages.get(2).path("content").asText()).isEqualTo("{\"sky\":\"clear\"}");
  }

  @Test
  void jsonModeAndVisionInputs() throws Exception {
    server.then(FakeOpenAi.json(200, completion("{\\\"cat\\\":true}", "stop", 900, 5)));
    LlmRequest request =
        new LlmRequest(
                "gpt-4o",
                List.of(
                    LlmMessage.user(
                        "is there a cat?",
                        List.of(
                            LlmAttachment.url("image/png", "https://example.test/cat.png"),
                            LlmAttachment.data("image/jpeg", "AAEC")))),
                Map.of())
            .withResponseFormat(ResponseFormat.JSON);

    LlmResponse r = result(connector.chat(request, CREDS));

    assertThat(r.content()).isEqualTo("{\"cat\":true}");
    JsonNode body = server.last().body();
    assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_object");
    JsonNode content = body.path("messages").get(0).path("content");
    assertThat(content.get(0).path("type").asText()).isEqualTo("text");
    assertThat(content.get(0).path("text").asText()).isEqualTo("is there a cat?");
    assertThat(content.get(1).path("type").asText()).isEqualTo("image_url");
    assertThat(content.get(1).path("image_url").path("url").asText())
        .isEqualTo("https://example.test/cat.png");
    assertThat(content.get(2).path("image_url").path("url").asText())
        .isEqualTo("data:image/jpeg;base64,AAEC");
  }

  @Test
  void reasoningEffortIsSentOnlyWhenAskedFor() throws Exception {
    server.then(FakeOpenAi.json(200, completion("thought it through", "stop", 10, 50)));
    server.then(FakeOpenAi.json(200, completion("quick", "stop", 10, 2)));

    result(
        connector.chat(
            new LlmRequest(
                "o3-mini",
                List.of(LlmMessage.user("why?")),
                Map.of(LlmRequest.REASONING_EFFORT, "high")),
            CREDS));
    JsonNode withEffort = server.last().body();
    result(connector.chat(LlmRequest.of("o3-mini", LlmMessage.user("why?")), CREDS));
    JsonNode without = server.last().body();

    assertThat(withEffort.path("reasoning_effort").asText()).isEqualTo("high");
    assertThat(withEffort.path("model").asText()).isEqualTo("o3-mini");
    assertThat(without.has("reasoning_effort")).isFalse();
  }

  static String chunk(String content) {
    return "{\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
        + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
        + content
        + "\"},\"finish_reason\":null}]}";
  }

  static final String FINISH =
      "{\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
          + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}";
  static final String USAGE =
      "{\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
          + "\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":3,"
          + "\"total_tokens\":10}}";

  @Test
  void streamDeliversTokensAndEndOfStreamUsage() throws Exception {
    server.then(
        FakeOpenAi.sse(chunk("Hel"), chunk("lo "), chunk("world"), FINISH, USAGE, "[DONE]"));
    List<String> tokens = new ArrayList<>();

    LlmResponse r =
        result(
            connector.chatStream(
                LlmRequest.of("gpt-4o-mini", LlmMessage.user("hi")), CREDS, tokens::add));

    assertThat(tokens).containsExactly("Hel", "lo ", "world");
    assertThat(r.content()).isEqualTo("Hello world");
    assertThat(r.finishReason()).isEqualTo("stop");
    assertThat(r.usage().inputTokens()).isEqualTo(7);
    assertThat(r.usage().outputTokens()).isEqualTo(3);
    JsonNode body = server.last().body();
    assertThat(body.path("stream").asBoolean()).isTrue();
    assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
  }

  @Test
  void streamedToolCallsAreAssembled() throws Exception {
    server.then(
        FakeOpenAi.sse(
            "{\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_9\",\"type\":\"function\",\"function\":{\"name\":\"weather\",\"arguments\":\"{\\\"ci\"}}]}}]}",
            "{\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"ty\\\":\\\"Oslo\\\"}\"}}]}}]}",
            "{\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}",
            USAGE,
            "[DONE]"));

    LlmResponse r =
        result(
            connector.chatStream(LlmRequest.of("gpt-4o", LlmMessage.user("w?")), CREDS, t -> {}));

    assertThat(r.toolCalls())
        .containsExactly(new ToolCall("call_9", "weather", "{\"city\":\"Oslo\"}"));
    assertThat(r.finishReason()).isEqualTo("tool_calls");
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    server.then(FakeOpenAi.json(429, "{\"error\":{\"message\":\"Rate limit reached\"}}", "7"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of("gpt-4o", LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.status()).isEqualTo(429);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e.retryable()).isTrue();
  }

  @Test
  void serverErrorIsRetryableAlsoForStreams() {
    server.then(FakeOpenAi.json(500, "{\"error\":{\"message\":\"boom\"}}"));
    server.then(FakeOpenAi.json(503, "{\"error\":{\"message\":\"overloaded\"}}"));

    LlmProviderException chat =
        failure(connector.chat(LlmRequest.of("gpt-4o", LlmMessage.user("hi")), CREDS));
    LlmProviderException stream =
        failure(
            connector.chatStream(LlmRequest.of("gpt-4o", LlmMessage.user("hi")), CREDS, t -> {}));

    assertThat(chat.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(chat.getMessage()).contains("500").contains("boom");
    assertThat(stream.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(stream.status()).isEqualTo(503);
  }

  @Test
  void malformedJsonIsNotRetryable() {
    server.then(FakeOpenAi.json(200, "{\"choices\": [ this is not json"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of("gpt-4o", LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void streamCutInTheMiddleFails() {
    server.then(FakeOpenAi.sse(chunk("Hel"), chunk("lo")));
    List<String> tokens = new ArrayList<>();

    LlmProviderException e =
        failure(
            connector.chatStream(
                LlmRequest.of("gpt-4o", LlmMessage.user("hi")), CREDS, tokens::add));

    assertThat(tokens).containsExactly("Hel", "lo");
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void refusedKeyNeverAppearsInTheError() {
    server.then(
        FakeOpenAi.json(
            401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}"));

    LlmProviderException e =
        failure(connector.chat(LlmRequest.of("gpt-4o", LlmMessage.user("hi")), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("sk-test");
    assertThat(String.valueOf(e.getCause())).doesNotContain(KEY);
    assertThat(CREDS.toString()).doesNotContain(KEY);
  }

  @Test
  void imagesAreRequestedWithTheirOptionsAndDecoded() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    server.then(
        FakeOpenAi.json(
            200,
            "{\"created\":1,\"data\":[{\"b64_json\":\""
                + java.util.Base64.getEncoder().encodeToString(png)
                + "\",\"revised_prompt\":\"a red fox, watercolour\"},"
                + "{\"url\":\"https://files.example/img-2.png\"}],"
                + "\"usage\":{\"input_tokens\":12,\"output_tokens\":4160,\"total_tokens\":4172}}"));

    GeneratedImages images =
        result(
            connector.generateImages(
                new ImageRequest(
                    "gpt-image-1",
                    "a red fox",
                    2,
                    Map.of(
                        ImageRequest.SIZE, "1024x1536",
                        ImageRequest.QUALITY, "high",
                        ImageRequest.OUTPUT_FORMAT, "png",
                        ImageRequest.NEGATIVE_PROMPT, "not an OpenAI field")),
                CREDS));

    FakeOpenAi.Seen seen = server.last();
    assertThat(seen.path()).isEqualTo("/v1/images/generations");
    assertThat(seen.header("Authorization")).isEqualTo("Bearer " + KEY);
    JsonNode body = seen.body();
    assertThat(body.path("model").asText()).isEqualTo("gpt-image-1");
    assertThat(body.path("prompt").asText()).isEqualTo("a red fox");
    assertThat(body.path("n").asInt()).isEqualTo(2);
    assertThat(body.path("size").asText()).isEqualTo("1024x1536");
    assertThat(body.path("quality").asText()).isEqualTo("high");
    assertThat(body.path("output_format").asText()).isEqualTo("png");
    assertThat(body.has("negativePrompt")).isFalse();
    assertThat(images.images()).hasSize(2);
    assertThat(images.images().get(0).data()).containsExactly(png);
    assertThat(images.images().get(0).mimeType()).isEqualTo("image/png");
    assertThat(images.images().get(0).revisedPrompt()).isEqualTo("a red fox, watercolour");
    assertThat(images.images().get(1).data()).isNull();
    assertThat(images.images().get(1).url()).isEqualTo("https://files.example/img-2.png");
  }

  @Test
  void imageRefusalsAreProviderFailures() {
    server.then(
        FakeOpenAi.json(
            400,
            "{\"error\":{\"message\":\"Your request was rejected by the safety system.\","
                + "\"type\":\"image_generation_user_error\",\"code\":\"content_policy_violation\"}}"));
    server.then(FakeOpenAi.json(429, "{\"error\":{\"message\":\"Rate limit reached\"}}", "3"));
    ImageRequest request = new ImageRequest("dall-e-3", "x", 1, Map.of());

    LlmProviderException refused = failure(connector.generateImages(request, CREDS));
    LlmProviderException limited = failure(connector.generateImages(request, CREDS));

    assertThat(refused.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(refused.getMessage()).contains("400").contains("safety system");
    assertThat(limited.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3));
  }

  @Test
  void embeddingsWithUsage() throws Exception {
    server.then(
        FakeOpenAi.json(
            200,
            "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.1,0.2]},"
                + "{\"object\":\"embedding\",\"index\":1,\"embedding\":[0.3,0.4]}],"
                + "\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":4,\"total_tokens\":4}}"));

    Embeddings e = result(connector.embed("text-embedding-3-small", List.of("a", "b"), CREDS));

    assertThat(e.vectors()).hasSize(2);
    assertThat(e.vectors().get(1)).containsExactly(0.3f, 0.4f);
    assertThat(e.usage().inputTokens()).isEqualTo(4);
    JsonNode body = server.last().body();
    assertThat(server.last().path()).isEqualTo("/v1/embeddings");
    assertThat(body.path("model").asText()).isEqualTo("text-embedding-3-small");
    assertThat(body.path("input").get(0).asText()).isEqualTo("a");
    assertThat(body.path("input").get(1).asText()).isEqualTo("b");
  }

  @Test
  void cancellingAStreamClosesTheConnection() throws Exception {
    CountDownLatch cancelled = new CountDownLatch(1);
    AtomicBoolean clientGone = new AtomicBoolean();
    server.then(
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          out.write(("data: " + chunk("first") + "\n\n").getBytes(StandardCharsets.UTF_8));
          out.flush();
          try {
            cancelled.await(10, TimeUnit.SECONDS);
            byte[] keepAlive =
                (": keep-alive padding " + "x".repeat(1000) + "\n\n")
                    .getBytes(StandardCharsets.UTF_8);
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
            .chatStream(LlmRequest.of("gpt-4o", LlmMessage.user("hi")), CREDS, first::complete)
            .toCompletableFuture();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
    call.cancel(true);
    cancelled.countDown();

    await().atMost(Duration.ofSeconds(10)).untilTrue(clientGone);
    assertThatThrownBy(call::join).isInstanceOf(CancellationException.class);
  }

  @Test
  void cancellingAChatAbortsTheRequest() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    AtomicBoolean clientGone = new AtomicBoolean();
    server.then(
        exchange -> {
          arrived.countDown();
          try {
            cancelled.await(10, TimeUnit.SECONDS);
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            byte[] padding = " ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100_000; i++) {
              out.write(padding);
              out.flush();
            }
          } catch (IOException e) {
            clientGone.set(true);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });

    CompletableFuture<LlmResponse> call =
        connector.chat(LlmRequest.of("gpt-4o", LlmMessage.user("hi")), CREDS).toCompletableFuture();
    assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
    call.cancel(true);
    cancelled.countDown();

    await().atMost(Duration.ofSeconds(10)).untilTrue(clientGone);
  }
}
