package sre.connector.anthropic.internal;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicChatRequestParameters;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.anthropic.internal.api.AnthropicStreamingException;
import dev.langchain4j.model.chat.request.ChatRequest;
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
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmCredentials;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmProviderException.Kind;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.connector.lc4j.KeyedLlmConnector;
import sre.connector.lc4j.Lc4jCalls;
import sre.connector.lc4j.Lc4jRequests;
import sre.connector.lc4j.ModelCache;

/**
 * Anthropic's Messages API through langchain4j: chat, streaming (SSE), tools, image inputs and the
 * provider's usage (for streams, from {@code message_delta}). Anthropic has no embeddings API. One
 * instance per factory configuration; models are cached per API key (keys are per team).
 */
@Component(
    service = LlmConnector.class,
    configurationPid = "sre.connector.anthropic",
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@ConnectorName("Anthropic")
@Designate(ocd = AnthropicConfig.class, factory = true)
public final class AnthropicConnector extends KeyedLlmConnector {
  private final AnthropicConfig config;
  private final String provider;
  private final Set<String> models;
  private final Lc4jCalls calls;
  private final HttpClientBuilder http;
  private final ModelCache<AnthropicChatModel> chat = new ModelCache<>();
  private final ModelCache<AnthropicStreamingChatModel> stream = new ModelCache<>();

  @Activate
  public AnthropicConnector(AnthropicConfig config) {
    this.config = config;
    this.provider = config.sre_connector_name();
    this.models = Set.of(config.models());
    this.calls =
        new Lc4jCalls(
            provider,
            Duration.ofMillis(config.connect_timeout_ms()),
            Duration.ofMillis(config.read_timeout_ms()),
            config.max_concurrent_calls(),
            AnthropicConnector::endsStream,
            this::streamError,
            AnthropicConnector::chatRequest);
    this.http = calls.httpClientBuilder();
  }

  @Deactivate
  void deactivate() {
    calls.close();
  }

  @Override
  public Set<String> models() {
    return models;
  }

  @Override
  public CompletionStage<LlmResponse> chat(LlmRequest request, LlmCredentials credentials) {
    return calls.chat(
        () ->
            chat.get(
                Lc4jCalls.keyOrNone(credentials),
                key ->
                    AnthropicChatModel.builder()
                        .baseUrl(config.base_url())
                        .version(config.anthropic_version())
                        .apiKey(key)
                        .maxTokens(config.default_max_tokens())
                        .httpClientBuilder(http)
                        .maxRetries(0)
                        .build()),
        request,
        credentials);
  }

  @Override
  public CompletionStage<LlmResponse> chatStream(
      LlmRequest request, LlmCredentials credentials, Consumer<String> onToken) {
    return calls.chatStream(
        () ->
            stream.get(
                Lc4jCalls.keyOrNone(credentials),
                key ->
                    AnthropicStreamingChatModel.builder()
                        .baseUrl(config.base_url())
                        .version(config.anthropic_version())
                        .apiKey(key)
                        .maxTokens(config.default_max_tokens())
                        .httpClientBuilder(http)
                        .build()),
        request,
        credentials,
        onToken);
  }

  @Override
  public CompletionStage<Embeddings> embed(
      String model, List<String> texts, LlmCredentials credentials) {
    return CompletableFuture.failedFuture(
        new LlmProviderException(Kind.UNSUPPORTED, provider + " offers no embeddings API"));
  }

  /**
   * A complete Messages stream ends with {@code message_stop}; an {@code error} event ends it too.
   */
  private static boolean endsStream(ServerSentEvent event) {
    return "message_stop".equals(event.event()) || "error".equals(event.event());
  }

  /**
   * An {@code error} event inside a stream (the HTTP status was already 200): its type says whether
   * it is worth retrying. Only the type is kept, not the provider's text.
   */
  private LlmProviderException streamError(Throwable t) {
    if (!(t instanceof AnthropicStreamingException e)) {
      return null;
    }
    String type = String.valueOf(e.type());
    Kind kind =
        switch (type) {
          case "overloaded_error", "api_error" -> Kind.SERVER_ERROR;
          case "rate_limit_error" -> Kind.RATE_LIMITED;
          case "authentication_error", "permission_error" -> Kind.AUTHENTICATION;
          default -> Kind.BAD_REQUEST;
        };
    return new LlmProviderException(
        kind, 0, null, provider + " ended the stream with an error: " + type, null);
  }

  /** The request with Anthropic's extended thinking when a thinking budget is asked for. */
  private static ChatRequest chatRequest(LlmRequest request) {
    AnthropicChatRequestParameters.Builder p = AnthropicChatRequestParameters.builder();
    Double budget = request.number(LlmRequest.THINKING_BUDGET);
    if (budget != null && budget >= 1) {
      p.thinkingType("enabled").thinkingBudgetTokens(budget.intValue());
    }
    return Lc4jRequests.chatRequest(request, p);
  }
}
