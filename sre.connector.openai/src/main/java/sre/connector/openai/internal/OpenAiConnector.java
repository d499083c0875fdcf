package sre.connector.openai.internal;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.connector.ConnectorName;
import sre.api.llm.Embeddings;
import sre.api.llm.GeneratedImages;
import sre.api.llm.ImageRequest;
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmCredentials;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.connector.lc4j.CallPool;
import sre.connector.lc4j.Exchange;
import sre.connector.lc4j.ExchangeHttpClient;
import sre.connector.lc4j.ExchangeHttpClientBuilder;
import sre.connector.lc4j.Failures;
import sre.connector.lc4j.KeyedLlmConnector;
import sre.connector.lc4j.Lc4jRequests;
import sre.connector.lc4j.Lc4jResponses;

/**
 * OpenAI's chat completions and embeddings API, for OpenAI and every compatible server, through
 * langchain4j. One instance per factory configuration; one JDK HTTP client and one bounded pool per
 * instance. langchain4j models are cached per API key (keys are per team); each call runs with its
 * own {@link Exchange}, so cancelling the call aborts its HTTP exchange.
 */
@Component(
    service = LlmConnector.class,
    configurationPid = "sre.connector.openai",
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@ConnectorName("OpenAI")
@Designate(ocd = OpenAiConfig.class, factory = true)
public final class OpenAiConnector extends KeyedLlmConnector {
  private final String provider;
  private final Set<String> models;
  private final CallPool pool;
  private final ExchangeHttpClient http;
  private final Lc4jModels lc4j;
  private final OpenAiImages images;

  @Activate
  public OpenAiConnector(OpenAiConfig config) {
    this.provider = config.sre_connector_name();
    this.models = Set.of(config.models());
    this.pool = new CallPool("sre-openai-" + provider, config.max_concurrent_calls());
    this.http =
        new ExchangeHttpClient(
            HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(config.connect_timeout_ms()))
                .build(),
            Duration.ofMillis(config.read_timeout_ms()),
            pool,
            OpenAiConnector::isDone);
    this.lc4j = new Lc4jModels(config.base_url(), http);
    this.images = new OpenAiImages(config.base_url(), new ExchangeHttpClientBuilder(http));
  }

  @Deactivate
  void deactivate() {
    pool.close();
  }

  @Override
  public Set<String> models() {
    return models;
  }

  @Override
  public CompletionStage<LlmResponse> chat(LlmRequest request, LlmCredentials credentials) {
    Exchange exchange = new Exchange();
    return pool.submit(
        exchange,
        () -> {
          OpenAiChatModel model = lc4j.chat(key(credentials));
          return Lc4jResponses.response(
              http.within(exchange, () -> model.chat(chatRequest(request))));
        },
        e -> Failures.toProvider(provider, e, credentials.apiKey()));
  }

  @Override
  public CompletionStage<LlmResponse> chatStream(
      LlmRequest request, LlmCredentials credentials, Consumer<String> onToken) {
    Exchange exchange = new Exchange();
    CompletableFuture<LlmResponse> result = new CompletableFuture<>();
    result.whenComplete((r, e) -> exchange.abort());
    try {
      OpenAiStreamingChatModel model = lc4j.stream(key(credentials));
      StreamingChatResponseHandler handler =
          new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
              if (!result.isDone()) {
                onToken.accept(partial);
              }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
              result.complete(Lc4jResponses.response(response));
            }

            @Override
            public void onError(Throwable error) {
              result.completeExceptionally(
                  Failures.toProvider(provider, error, credentials.apiKey()));
            }
          };
      http.within(
          exchange,
          () -> {
            model.chat(chatRequest(request), handler);
            return null;
          });
    } catch (RuntimeException e) {
      result.completeExceptionally(Failures.toProvider(provider, e, credentials.apiKey()));
    }
    return result;
  }

  @Override
  public CompletionStage<Embeddings> embed(
      String model, List<String> texts, LlmCredentials credentials) {
    Exchange exchange = new Exchange();
    return pool.submit(
        exchange,
        () -> {
          OpenAiEmbeddingModel embedder = lc4j.embed(key(credentials), model);
          var answer =
              http.within(
                  exchange,
                  () -> embedder.embedAll(texts.stream().map(TextSegment::from).toList()));
          return new Embeddings(
              answer.content().stream().map(e -> e.vector()).toList(),
              Lc4jResponses.usage(answer.tokenUsage()));
        },
        e -> Failures.toProvider(provider, e, credentials.apiKey()));
  }

  @Override
  public CompletionStage<GeneratedImages> generateImages(
      ImageRequest request, LlmCredentials credentials) {
    Exchange exchange = new Exchange();
    return pool.submit(
        exchange,
        () -> http.within(exchange, () -> images.generate(request, key(credentials))),
        e -> Failures.toProvider(provider, e, credentials.apiKey()));
  }

  /** The request with OpenAI's own parameters: {@code reasoning_effort} when asked for. */
  private static ChatRequest chatRequest(LlmRequest request) {
    OpenAiChatRequestParameters.Builder p = OpenAiChatRequestParameters.builder();
    if (request.options().get(LlmRequest.REASONING_EFFORT) instanceof String effort
        && !effort.isBlank()) {
      p.reasoningEffort(effort.strip());
    }
    return Lc4jRequests.chatRequest(request, p);
  }

  /** OpenAI ends every complete stream with {@code data: [DONE]}. */
  private static boolean isDone(ServerSentEvent event) {
    return "[DONE]".equals(event.data());
  }

  /** Servers without authentication still get a syntactically valid bearer header. */
  private static String key(LlmCredentials credentials) {
    return credentials.isPresent() ? credentials.apiKey() : "none";
  }
}
