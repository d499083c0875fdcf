package sre.connector.openai.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.llm.GeneratedImages;
import sre.api.llm.ImageRequest;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.api.llm.MissingApiKeyException;
import sre.api.security.AccessCandidate;

/** The kernel's policy on the real connector against the local OpenAI-compatible server. */
class KernelOpenAiEndToEndTest {
  static final AccessCandidate AGENT = AccessCandidate.agent("demo-agent");
  static final Map<String, Object> FAST_RETRIES = Map.of("retry_initial_backoff_ms", 5L);

  FakeOpenAi server;
  OpenAiConnector connector;

  @BeforeEach
  void start() throws IOException {
    server = new FakeOpenAi();
    connector =
        new OpenAiConnector(Cfg.of(OpenAiConfig.class, Map.of("base_url", server.baseUrl())));
  }

  @AfterEach
  void stop() {
    connector.deactivate();
    server.close();
  }

  @Test
  void answerAfterA429AndA500WithTheTeamsKeyAndALedgerLine() throws Exception {
    server
        .then(FakeOpenAi.json(429, "{\"error\":{\"message\":\"slow down\"}}", "0.02"))
        .then(FakeOpenAi.json(500, "{\"error\":{\"message\":\"oops\"}}"))
        .then(
            FakeOpenAi.json(
                200, OpenAiConnectorTest.completion("from the local server", "stop", 21, 4)));
    KernelWiring kernel =
        new KernelWiring(connector, FAST_RETRIES, Map.of("openai", TestSecrets.TEAM_KEY));

    LlmResponse r =
        kernel
            .service
            .requester(AGENT)
            .chat(LlmRequest.of("gpt-4o-mini", LlmMessage.user("hi")))
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);

    assertThat(r.content()).isEqualTo("from the local server");
    assertThat(server.seen).hasSize(3);
    assertThat(server.last().header("Authorization")).isEqualTo("Bearer " + TestSecrets.TEAM_KEY);
    assertThat(kernel.ledger.byAgent("demo-agent").inputTokens()).isEqualTo(21);
    assertThat(kernel.ledger.byAgent("demo-agent").outputTokens()).isEqualTo(4);
    assertThat(kernel.ledger.byTeam("default").requests()).isEqualTo(1);
  }

  @Test
  void streamRetriedBeforeFirstTokenAndUsageLedgered() throws Exception {
    server
        .then(FakeOpenAi.json(503, "{\"error\":{\"message\":\"busy\"}}"))
        .then(
            FakeOpenAi.sse(
                OpenAiConnectorTest.chunk("a"),
                OpenAiConnectorTest.chunk("b"),
                OpenAiConnectorTest.FINISH,
                OpenAiConnectorTest.USAGE,
                "[DONE]"));
    KernelWiring kernel =
        new KernelWiring(connector, FAST_RETRIES, Map.of("openai", TestSecrets.TEAM_KEY));
    List<String> tokens = new ArrayList<>();

    LlmResponse r =
        kernel
            .service
            .requester(AGENT)
            .chatStream(LlmRequest.of("gpt-4o-mini", LlmMessage.user("hi")), tokens::add)
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);

    assertThat(tokens).containsExactly("a", "b");
    assertThat(r.usage().inputTokens()).isEqualTo(7);
    assertThat(kernel.ledger.recent(1).get(0).operation()).isEqualTo("stream");
    assertThat(kernel.ledger.recent(1).get(0).usage().outputTokens()).isEqualTo(3);
  }

  @Test
  void noKeyFailsNamingTheVaultKey() {
    KernelWiring kernel = new KernelWiring(connector, FAST_RETRIES, Map.of());

    ExecutionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class,
            () ->
                kernel
                    .service
                    .requester(AGENT)
                    .chat(LlmRequest.of("gpt-4o-mini", LlmMessage.user("hi")))
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS));

    assertThat(e.getCause()).isInstanceOf(MissingApiKeyException.class);
    assertThat(e.getCause().getMessage()).contains("vault key 'openai'");
    assertThat(server.seen).isEmpty();
  }

  @Test
  void imagesRetriedAfterA503WithTheTeamsKeyAndLedgered() throws Exception {
    server
        .then(FakeOpenAi.json(503, "{\"error\":{\"message\":\"busy\"}}"))
        .then(
            FakeOpenAi.json(
                200,
                "{\"created\":1,\"data\":[{\"b64_json\":\"iVBORw0KGgo=\"}],"
                    + "\"usage\":{\"input_tokens\":9,\"output_tokens\":272}}"));
    KernelWiring kernel =
        new KernelWiring(connector, FAST_RETRIES, Map.of("openai", TestSecrets.TEAM_KEY));

    GeneratedImages images =
        kernel
            .service
            .requester(AGENT)
            .generateImages(new ImageRequest("gpt-image-1", "a lighthouse", 1, Map.of()))
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);

    assertThat(images.images()).hasSize(1);
    assertThat(images.images().get(0).data()).startsWith((byte) 0x89, (byte) 'P');
    assertThat(server.seen).hasSize(2);
    assertThat(server.last().path()).isEqualTo("/v1/images/generations");
    assertThat(server.last().header("Authorization")).isEqualTo("Bearer " + TestSecrets.TEAM_KEY);
    assertThat(kernel.ledger.recent(1).get(0).operation()).isEqualTo("image");
    assertThat(kernel.ledger.recent(1).get(0).usage().outputTokens()).isEqualTo(272);
    assertThat(kernel.ledger.recent(1).get(0).cost()).isGreaterThan(0);
  }

  @Test
  void aChatModelIsNotAskedForImages() {
    KernelWiring kernel =
        new KernelWiring(connector, FAST_RETRIES, Map.of("openai", TestSecrets.TEAM_KEY));

    ExecutionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class,
            () ->
                kernel
                    .service
                    .requester(AGENT)
                    .generateImages(new ImageRequest("gpt-4o-mini", "a lighthouse", 1, Map.of()))
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS));

    assertThat(e.getCause()).isInstanceOf(LlmProviderException.class);
    assertThat(e.getCause().getMessage()).isEqualTo("Model 'gpt-4o-mini' does not generate images");
    assertThat(server.seen).isEmpty();
  }
}
