package sre.connector.huggingface.internal;

import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
import sre.connector.lc4j.ModelCache;

/**
 * The Hugging Face Inference API: chat through the Inference Providers router, which speaks
 * OpenAI's chat completions (so langchain4j's OpenAI module does the wire work: streaming, tools,
 * JSON mode, images), and embeddings through the feature-extraction pipeline ({@link
 * FeatureExtractionModel}). One instance per factory configuration; the access token comes from the
 * team's vault per call.
 */
@Component(
    service = LlmConnector.class,
    configurationPid = "sre.connector.huggingface",
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@ConnectorName("HuggingFace")
@Designate(ocd = HuggingFaceConfig.class, factory = true)
public final class HuggingFaceConnector extends KeyedLlmConnector {
  private final HuggingFaceConfig config;
  private final String provider;
  private final Set<String> models;
  private final Lc4jCalls calls;
  private final ModelCache<OpenAiChatModel> chat = new ModelCache<>();
  private final ModelCache<OpenAiStreamingChatModel> stream = new ModelCache<>();

  @Activate
  public HuggingFaceConnector(HuggingFaceConfig config) {
    this.config = config;
    this.provider = config.sre_connector_name();
    this.models = Set.of(config.models());
    this.calls =
        new Lc4jCalls(
            provider,
            Duration.ofMillis(config.connect_timeout_ms()),
            Duration.ofMillis(config.read_timeout_ms()),
            config.max_concurrent_calls(),
            HuggingFaceConnector::endsStream,
            this::embeddingFailure);
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
                    OpenAiChatModel.builder()
                        .baseUrl(config.base_url())
                        .apiKey(key)
                        .httpClientBuilder(calls.httpClientBuilder())
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
                    OpenAiStreamingChatModel.builder()
                        .baseUrl(config.base_url())
                        .apiKey(key)
                        .httpClientBuilder(calls.httpClientBuilder())
                        .build()),
        request,
        credentials,
        onToken);
  }

  /** Not cached: the model is a thin wrapper, cheap next to the call it makes. */
  @Override
  public CompletionStage<Embeddings> embed(
      String model, List<String> texts, LlmCredentials credentials) {
    return calls.embed(
        () ->
            new FeatureExtractionModel(
                calls.httpClientBuilder().build(),
                config.embeddings_url().replace("{model}", model),
                credentials.apiKey()),
        texts,
        credentials);
  }

  /** Like OpenAI, the router ends every complete stream with {@code data: [DONE]}. */
  private static boolean endsStream(ServerSentEvent event) {
    return "[DONE]".equals(event.data());
  }

  private LlmProviderException embeddingFailure(Throwable t) {
    if (t instanceof FeatureExtractionModel.MalformedAnswer) {
      return new LlmProviderException(
          Kind.MALFORMED_RESPONSE, 0, null, provider + ": " + t.getMessage(), null);
    }
    return null;
  }
}
