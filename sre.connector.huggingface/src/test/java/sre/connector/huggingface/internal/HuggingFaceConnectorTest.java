package sre.connector.huggingface.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.huggingface.internal.HuggingFaceWire.*;
import static sre.connector.lc4j.Stages.failure;
import static sre.connector.lc4j.Stages.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.llm.Embeddings;
import sre.api.llm.LlmCredentials;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmProviderException.Kind;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.api.llm.ToolDefinition;
import sre.connector.lc4j.Cfg;
import sre.connector.lc4j.FakeProvider;

class HuggingFaceConnectorTest {
  static final String TOKEN = TestSecrets.KEY;
  static final LlmCredentials CREDS = LlmCredentials.apiKey(TOKEN, "huggingface");
  static final String MODEL = "meta-llama/Llama-3.1-8B-Instruct";
  static final String EMBEDDER = "sentence-transformers/all-MiniLM-L6-v2";

  FakeProvider server;
  HuggingFaceConnector connector;

  @BeforeEach
  void start() throws IOException {
    server = new FakeProvider();
    connector =
        new HuggingFaceConnector(
            Cfg.of(
                HuggingFaceConfig.class,
                Map.of(
                    "base_url",
                    server.url("/v1/"),
                    "embeddings_url",
                    server.url("/hf-inference/models/{model}/pipeline/feature-extraction"),
                    "read_timeout_ms",
                    5000L)));
  }

  @AfterEach
  void stop() {
    connector.deactivate();
    server.close();
  }

  static LlmRequest hi() {
    return LlmRequest.of(MODEL, LlmMessage.user("hi"));
  }

  @Test
  void chatGoesToTheRouterWithTheBearerToken() throws Exception {
    server.then(FakeProvider.json(200, completion("Hello there", "stop", 12, 3)));
    LlmRequest request =
        new LlmRequest(
            MODEL,
            List.of(LlmMessage.system("be brief"), LlmMessage.user("hi")),
            Map.of(LlmRequest.MAX_TOKENS, 50, LlmRequest.TEMPERATURE, 0.2));

    LlmResponse r = result(connector.chat(request, CREDS));

    assertThat(r.content()).isEqualTo("Hello there");
    assertThat(r.finishReason()).isEqualTo("stop");
    assertThat(r.usage().inputTokens()).isEqualTo(12);
    assertThat(r.usage().outputTokens()).isEqualTo(3);
    FakeProvider.Seen seen = server.last();
    assertThat(seen.method()).isEqualTo("POST");
    assertThat(seen.path()).isEqualTo("/v1/chat/completions");
    assertThat(seen.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    JsonNode body = seen.body();
    assertThat(body.path("model").asText()).isEqualTo(MODEL);
    assertThat(body.path("max_tokens").asInt(body.path("max_completion_tokens").asInt()))
        .isEqualTo(50);
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
    assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("be brief");
    assertThat(body.path("messages").get(1).path("role").asText()).isEqualTo("user");
    assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo("hi");
    assertThat(body.path("stream").asBoolean(false)).isFalse();
  }

  @Test
  void toolsAreSentAndToolCallsRead() throws Exception {
    server.then(
        FakeProvider.json(
            200,
            "{\"id\":\"c2\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"org/model\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,"
                + "\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":"
                + "{\"name\":\"weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}]},"
                + "\"finish_reason\":\"tool_calls\"}],\"usage\":{\"prompt_tokens\":40,"
                + "\"completion_tokens\":9,\"total_tokens\":49}}"));
    ToolDefinition weather =
        new ToolDefinition(
            "weather",
            "Current weather",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
                + "\"required\":[\"city\"]}");

    LlmResponse r = result(connector.chat(hi().withTools(List.of(weather)), CREDS));

    assertThat(r.finishReason()).isEqualTo("tool_calls");
    assertThat(r.toolCalls()).hasSize(1);
    assertThat(r.toolCalls().get(0).id()).isEqualTo("call_1");
    assertThat(r.toolCalls().get(0).arguments()).isEqualTo("{\"city\":\"Paris\"}");
    JsonNode function = server.last().body().path("tools").get(0).path("function");
    assertThat(function.path("name").asText()).isEqualTo("weather");
    assertThat(function.path("parameters").path("required").get(0).asText()).isEqualTo("city");
  }

  @Test
  void streamDeliversTokensAndFinalUsage() throws Exception {
    server.then(FakeProvider.sse(delta("Hel"), delta("lo"), finish("stop", 25, 15), DONE));
    List<String> tokens = new ArrayList<>();

    LlmResponse r = result(connector.chatStream(hi(), CREDS, tokens::add));

    assertThat(tokens).containsExactly("Hel", "lo");
    assertThat(r.content()).isEqualTo("Hello");
    assertThat(r.usage().inputTokens()).isEqualTo(25);
    assertThat(r.usage().outputTokens()).isEqualTo(15);
    assertThat(server.last().body().path("stream").asBoolean()).isTrue();
    assertThat(server.last().header("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void streamCutInTheMiddleFails() {
    server.then(FakeProvider.sse(delta("Hel"), delta("lo")));

    LlmProviderException e = failure(connector.chatStream(hi(), CREDS, t -> {}));

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    server.then(FakeProvider.json(429, error("rate limit reached"), "7"));

    LlmProviderException e = failure(connector.chat(hi(), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.status()).isEqualTo(429);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void serverErrorsAreRetryableAlsoForStreams() {
    server.then(FakeProvider.json(500, error("boom")));
    server.then(FakeProvider.json(503, error("model is loading")));

    LlmProviderException chat = failure(connector.chat(hi(), CREDS));
    LlmProviderException stream = failure(connector.chatStream(hi(), CREDS, t -> {}));

    assertThat(chat.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(chat.status()).isEqualTo(500);
    assertThat(stream.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(stream.status()).isEqualTo(503);
  }

  @Test
  void malformedJsonIsNotRetryable() {
    server.then(FakeProvider.json(200, "{\"choices\": [ this is not json"));

    LlmProviderException e = failure(connector.chat(hi(), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void refusedTokenNeverAppearsInTheError() {
    server.then(FakeProvider.json(401, error("Invalid credentials in Authorization " + TOKEN)));

    LlmProviderException e = failure(connector.chat(hi(), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain("hf_");
    assertThat(String.valueOf(e.getCause())).doesNotContain(TOKEN);
  }

  @Test
  void embedPostsInputsToTheFeatureExtractionPipeline() throws Exception {
    server.then(FakeProvider.json(200, "[[0.1,0.2,0.3],[0.4,0.5,0.6]]"));

    Embeddings e = result(connector.embed(EMBEDDER, List.of("a", "b"), CREDS));

    assertThat(e.vectors()).hasSize(2);
    assertThat(e.vectors().get(0)).containsExactly(0.1f, 0.2f, 0.3f);
    assertThat(e.vectors().get(1)).containsExactly(0.4f, 0.5f, 0.6f);
    FakeProvider.Seen seen = server.last();
    assertThat(seen.method()).isEqualTo("POST");
    assertThat(seen.path())
        .isEqualTo("/hf-inference/models/" + EMBEDDER + "/pipeline/feature-extraction");
    assertThat(seen.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(seen.header("Content-Type")).isEqualTo("application/json");
    assertThat(seen.body().path("inputs")).hasSize(2);
    assertThat(seen.body().path("inputs").get(0).asText()).isEqualTo("a");
    assertThat(seen.body().path("inputs").get(1).asText()).isEqualTo("b");
  }

  @Test
  void embedLoadingModelIsRetryableWithRetryAfter() {
    server.then(FakeProvider.json(503, error("Model is currently loading"), "20"));

    LlmProviderException e = failure(connector.embed(EMBEDDER, List.of("a"), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(20));
  }

  @Test
  void embedMalformedAnswersAreReported() {
    server.then(FakeProvider.json(200, "[[0.1, 0.2"));
    server.then(FakeProvider.json(200, "[[[0.1,0.2],[0.3,0.4]]]"));

    LlmProviderException notJson = failure(connector.embed(EMBEDDER, List.of("a"), CREDS));
    LlmProviderException perToken = failure(connector.embed(EMBEDDER, List.of("a"), CREDS));

    assertThat(notJson.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(perToken.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
  }

  @Test
  void embedRefusedTokenIsAuthentication() {
    server.then(FakeProvider.json(403, error("token " + TOKEN + " lacks permission")));

    LlmProviderException e = failure(connector.embed(EMBEDDER, List.of("a"), CREDS));

    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.getMessage()).doesNotContain(TOKEN);
  }
}
