package sre.kernel.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import sre.api.llm.LlmConnectorProperties;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmProviderException.Kind;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.api.llm.MissingApiKeyException;
import sre.api.llm.ModelInfo;
import sre.api.llm.UnknownModelException;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;

class LlmServiceTest {
  static final String ACME_KEY = "sk-acme-71e0c4a9b2";
  static final String DEFAULT_KEY = "sk-default-5d3f8e61aa";
  static final AccessCandidate ACME_AGENT = AccessCandidate.agent("acme-bot");
  static final AccessCandidate AGENT = AccessCandidate.agent("bot");

  final LlmFixture f =
      new LlmFixture().key("acme", "openai", ACME_KEY).key("default", "openai", DEFAULT_KEY);

  static LlmRequest hi(String model) {
    return LlmRequest.of(model, LlmMessage.user("hi"));
  }

  static LlmProviderException rateLimited(Duration retryAfter) {
    return new LlmProviderException(
        Kind.RATE_LIMITED, 429, retryAfter, "OpenAI answered HTTP 429", null);
  }

  static LlmProviderException serverError() {
    return new LlmProviderException(Kind.SERVER_ERROR, 500, null, "OpenAI answered HTTP 500", null);
  }

  static Throwable failure(CompletableFuture<?> f) {
    assertThat(f).isCompletedExceptionally();
    try {
      f.join();
    } catch (CompletionException e) {
      return e.getCause();
    }
    throw new AssertionError("not failed");
  }

  @Test
  void routesByRegistryAndSendsTheProviderModelIdWithTheTeamsKey() {
    ScriptedConnector openai =
        new ScriptedConnector().then(ScriptedConnector.answer("hello", 10, 2));
    ScriptedConnector anthropic =
        new ScriptedConnector().then(ScriptedConnector.answer("bonjour", 5, 1));
    f.key("acme", "anthropic", "sk-ant-acme-0042");
    f.bind(openai, "OpenAI", "main", Map.of()).bind(anthropic, "Anthropic", "main", Map.of());

    LlmResponse a =
        f.service.requester(ACME_AGENT).chat(hi("gpt-4o-mini")).toCompletableFuture().join();
    LlmResponse b =
        f.service.requester(ACME_AGENT).chat(hi("claude-sonnet-4")).toCompletableFuture().join();

    assertThat(a.content()).isEqualTo("hello");
    assertThat(openai.keys).containsExactly(ACME_KEY);
    assertThat(b.content()).isEqualTo("bonjour");
    assertThat(anthropic.requests.get(0).model()).isEqualTo("claude-sonnet-4-20250514");
    assertThat(anthropic.keys).containsExactly("sk-ant-acme-0042");
  }

  @Test
  void perTenantInstanceWinsForItsTeamOnly() {
    ScriptedConnector shared =
        new ScriptedConnector().then(ScriptedConnector.answer("shared", 1, 1));
    ScriptedConnector dedicated =
        new ScriptedConnector().then(ScriptedConnector.answer("acme", 1, 1));
    f.bind(shared, "OpenAI", "shared", Map.of())
        .bind(
            dedicated,
            "OpenAI",
            "acme",
            Map.of(LlmConnectorProperties.TEAMS, new String[] {"acme"}));

    assertThat(
            f.service
                .requester(ACME_AGENT)
                .chat(hi("gpt-4o"))
                .toCompletableFuture()
                .join()
                .content())
        .isEqualTo("acme");
    assertThat(f.service.requester(AGENT).chat(hi("gpt-4o")).toCompletableFuture().join().content())
        .isEqualTo("shared");
  }

  @Test
  void unknownModelAndAnonymousCallersFail() {
    f.bind(new ScriptedConnector(), "OpenAI", "main", Map.of());

    assertThat(failure(f.service.requester(AGENT).chat(hi("no-such-model")).toCompletableFuture()))
        .isInstanceOf(UnknownModelException.class);
    assertThat(
            failure(
                f.service
                    .requester(AccessCandidate.anonymous())
                    .chat(hi("gpt-4o"))
                    .toCompletableFuture()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void unregisteredNameRoutesToAConnectorListingIt() {
    ScriptedConnector echo =
        new ScriptedConnector("Echo-Local").then(ScriptedConnector.answer("e", 0, 0));
    f.bind(echo, "EchoLike", "", Map.of(LlmConnectorProperties.VAULT_KEY, ""));

    assertThat(
            f.service
                .requester(AGENT)
                .chat(hi("echo-local"))
                .toCompletableFuture()
                .join()
                .content())
        .isEqualTo("e");
    assertThat(echo.keys).containsExactly("");
  }

  @Test
  void missingKeyNamesTheVaultKey() {
    ScriptedConnector groq = new ScriptedConnector();
    f.bind(groq, "Groq", "main", Map.of(LlmConnectorProperties.VAULT_KEY, "groq-key"));

    Throwable e =
        failure(
            f.service
                .requester(ACME_AGENT)
                .chat(hi("llama-3.3-70b-versatile"))
                .toCompletableFuture());

    assertThat(e).isInstanceOf(MissingApiKeyException.class);
    assertThat(e.getMessage()).contains("'groq-key'").contains("'acme'").contains("Groq");
    assertThat(groq.calls()).isZero();
  }

  @Test
  void retryAfterIsHonouredExactly() {
    ScriptedConnector c =
        new ScriptedConnector()
            .then(ScriptedConnector.fail(rateLimited(Duration.ofSeconds(3))))
            .then(ScriptedConnector.answer("ok", 1, 1));
    f.bind(c, "OpenAI", "main", Map.of());

    CompletableFuture<LlmResponse> r =
        f.service.requester(AGENT).chat(hi("gpt-4o")).toCompletableFuture();

    assertThat(r).isNotDone();
    assertThat(f.delays.requested).containsExactly(Duration.ofSeconds(3));
    f.delays.advance(Duration.ofMillis(2999));
    assertThat(c.calls()).isEqualTo(1);
    f.delays.advance(Duration.ofMillis(1));
    assertThat(r.join().content()).isEqualTo("ok");
    assertThat(c.calls()).isEqualTo(2);
  }

  @Test
  void backoffDoublesWithJitterThenGivesUp() {
    ScriptedConnector c =
        new ScriptedConnector()
            .then(ScriptedConnector.fail(serverError()))
            .then(ScriptedConnector.fail(serverError()))
            .then(ScriptedConnector.fail(serverError()));
    f.bind(c, "OpenAI", "main", Map.of());

    CompletableFuture<LlmResponse> r =
        f.service.requester(AGENT).chat(hi("gpt-4o")).toCompletableFuture();
    f.delays.advance(Duration.ofMillis(450));
    f.delays.advance(Duration.ofMillis(900));

    // initial 500 ms and 1000 ms, each shortened by jitter 0.2 × random 0.5
    assertThat(f.delays.requested).containsExactly(Duration.ofMillis(450), Duration.ofMillis(900));
    assertThat(c.calls()).isEqualTo(3);
    assertThat(failure(r)).isInstanceOf(LlmProviderException.class);
  }

  @Test
  void nonRetryableFailuresAndLongRetryAfterFailAtOnce() {
    ScriptedConnector c =
        new ScriptedConnector()
            .then(
                ScriptedConnector.fail(
                    new LlmProviderException(Kind.BAD_REQUEST, 400, null, "bad", null)))
            .then(ScriptedConnector.fail(rateLimited(Duration.ofHours(1))));
    f.bind(c, "OpenAI", "main", Map.of());

    Throwable bad = failure(f.service.requester(AGENT).chat(hi("gpt-4o")).toCompletableFuture());
    Throwable tooLong =
        failure(f.service.requester(AGENT).chat(hi("gpt-4o")).toCompletableFuture());

    assertThat(((LlmProviderException) bad).kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(((LlmProviderException) tooLong).kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(c.calls()).isEqualTo(2);
    assertThat(f.delays.requested).isEmpty();
  }

  @Test
  void streamsRetryOnlyBeforeTheFirstToken() {
    ScriptedConnector c =
        new ScriptedConnector()
            .then(ScriptedConnector.fail(serverError()))
            .then(
                t -> {
                  t.accept("par");
                  return CompletableFuture.failedFuture(serverError());
                });
    f.bind(c, "OpenAI", "main", Map.of());
    List<String> tokens = new ArrayList<>();

    CompletableFuture<LlmResponse> r =
        f.service.requester(AGENT).chatStream(hi("gpt-4o"), tokens::add).toCompletableFuture();
    f.delays.advance(Duration.ofSeconds(1));

    assertThat(c.calls()).isEqualTo(2);
    assertThat(tokens).containsExactly("par");
    assertThat(failure(r)).isInstanceOf(LlmProviderException.class);
    assertThat(f.delays.pending()).isZero();
  }

  @Test
  void tokenBucketSpacesCallsWithoutRejecting() {
    ScriptedConnector c = new ScriptedConnector();
    for (int i = 0; i < 3; i++) {
      c.then(ScriptedConnector.answer("ok", 1, 1));
    }
    f.bind(c, "OpenAI", "main", Map.of(LlmConnectorProperties.RATE_PER_SECOND, 2.0));

    List<CompletableFuture<LlmResponse>> calls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      calls.add(f.service.requester(AGENT).chat(hi("gpt-4o")).toCompletableFuture());
    }

    assertThat(calls.get(0)).isDone();
    assertThat(calls.get(1)).isDone();
    assertThat(f.delays.requested).containsExactly(Duration.ofMillis(500));
    f.delays.advance(Duration.ofMillis(500));
    assertThat(calls.get(2)).isDone();
  }

  @Test
  void ledgerRecordsChatsStreamsAndEmbeddingsWithCost() {
    ScriptedConnector c =
        new ScriptedConnector()
            .then(ScriptedConnector.answer("a", 1_000_000, 0))
            .then(
                t -> {
                  t.accept("b");
                  return CompletableFuture.completedFuture(
                      new LlmResponse("b", "stop", new sre.api.llm.TokenUsage(0, 1_000_000)));
                });
    f.bind(c, "OpenAI", "main", Map.of());

    f.service.requester(ACME_AGENT).chat(hi("gpt-4o")).toCompletableFuture().join();
    f.service.requester(ACME_AGENT).chatStream(hi("gpt-4o"), t -> {}).toCompletableFuture().join();
    f.service
        .requester(AGENT)
        .embed("text-embedding-3-small", List.of("x", "y"))
        .toCompletableFuture()
        .join();

    assertThat(f.ledger.byAgent("acme-bot").requests()).isEqualTo(2);
    assertThat(f.ledger.byAgent("acme-bot").inputTokens()).isEqualTo(1_000_000);
    assertThat(f.ledger.byAgent("acme-bot").outputTokens()).isEqualTo(1_000_000);
    assertThat(f.ledger.byAgent("acme-bot").cost()).isEqualTo(12.5); // gpt-4o: $2.5 in + $10 out
    assertThat(f.ledger.byTeam("acme").requests()).isEqualTo(2);
    assertThat(f.ledger.byCandidate(AGENT.toString()).inputTokens()).isEqualTo(2);
    assertThat(f.ledger.byModel("text-embedding-3-small").requests()).isEqualTo(1);
    assertThat(f.ledger.total().requests()).isEqualTo(3);
    assertThat(f.ledger.recent(10))
        .extracting(r -> r.operation())
        .containsExactly("chat", "stream", "embed");
  }

  @Test
  void cancellingStopsTheExchangeAndTheRetries() {
    ScriptedConnector c =
        new ScriptedConnector()
            .then(ScriptedConnector.hang())
            .then(ScriptedConnector.fail(serverError()))
            .then(ScriptedConnector.answer("never", 0, 0));
    f.bind(c, "OpenAI", "main", Map.of());

    CompletableFuture<LlmResponse> inFlight =
        f.service.requester(AGENT).chat(hi("gpt-4o")).toCompletableFuture();
    inFlight.cancel(true);
    CompletableFuture<LlmResponse> backingOff =
        f.service.requester(AGENT).chat(hi("gpt-4o")).toCompletableFuture();
    backingOff.cancel(true);
    f.delays.advance(Duration.ofMinutes(1));

    assertThat(c.issued.get(0)).isCancelled();
    assertThat(c.calls()).isEqualTo(2);
    assertThatThrownBy(backingOff::join).isInstanceOf(CancellationException.class);
  }

  @Test
  void fallbackModelIsTriedOnce() {
    f.registry.addCustom(
        new CustomModel(
            new ModelInfo(
                "my-llama",
                "llama-3.3-70b",
                "Groq",
                8192,
                8192,
                Set.of("text"),
                0,
                0,
                "gpt-4o-mini",
                "",
                true),
            true));
    ScriptedConnector groq =
        new ScriptedConnector()
            .then(
                ScriptedConnector.fail(
                    new LlmProviderException(Kind.AUTHENTICATION, 401, null, "refused", null)));
    ScriptedConnector openai =
        new ScriptedConnector().then(ScriptedConnector.answer("from fallback", 1, 1));
    f.bind(groq, "Groq", "main", Map.of(LlmConnectorProperties.VAULT_KEY, ""))
        .bind(openai, "OpenAI", "main", Map.of());

    LlmResponse r = f.service.requester(AGENT).chat(hi("my-llama")).toCompletableFuture().join();

    assertThat(r.content()).isEqualTo("from fallback");
    assertThat(groq.requests.get(0).model()).isEqualTo("llama-3.3-70b");
    assertThat(f.ledger.byModel("gpt-4o-mini").requests()).isEqualTo(1);
  }

  @Test
  void secretsNeverInExceptionsOrToStrings() {
    ScriptedConnector c = new ScriptedConnector().then(ScriptedConnector.fail(serverError()));
    f.bind(c, "OpenAI", "main", Map.of());
    LlmFixture noRetry = new LlmFixture(Map.of("retry_max_attempts", 1));
    noRetry.key("default", "openai", DEFAULT_KEY).bind(c, "OpenAI", "main", Map.of());

    Throwable e =
        failure(noRetry.service.requester(AGENT).chat(hi("gpt-4o")).toCompletableFuture());

    assertThat(String.valueOf(e)).doesNotContain(DEFAULT_KEY);
    assertThat(noRetry.ledger.recent(10).toString()).doesNotContain(DEFAULT_KEY);
    assertThat(sre.api.llm.LlmCredentials.apiKey(DEFAULT_KEY, "openai").toString())
        .doesNotContain(DEFAULT_KEY);
  }
}
