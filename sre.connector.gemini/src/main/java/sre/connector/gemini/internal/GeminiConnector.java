package sre.connector.gemini.internal;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.model.googleai.GoogleAiEmbeddingModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiImageModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
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
import sre.api.llm.GeneratedImages;
import sre.api.llm.ImageRequest;
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmCredentials;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.connector.lc4j.KeyedLlmConnector;
import sre.connector.lc4j.Lc4jCalls;
import sre.connector.lc4j.ModelCache;

/**
 * Google AI's Gemini API through langchain4j: chat ({@code generateContent}), streaming ({@code
 * streamGenerateContent?alt=sse}), tools, image inputs, JSON mode and embeddings, with the
 * provider's usage. The key travels in the {@code x-goog-api-key} header, never in the URL (URLs
 * end up in logs). One instance per factory configuration; models are cached per API key.
 */
@Component(
    service = LlmConnector.class,
    configurationPid = "sre.connector.gemini",
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@ConnectorName("GoogleAI")
@Designate(ocd = GeminiConfig.class, factory = true)
public final class GeminiConnector extends KeyedLlmConnector {
  private final GeminiConfig config;
  private final Set<String> models;
  private final Lc4jCalls calls;
  private final HttpClientBuilder http;
  private final ImagenPredict imagen;
  private final ModelCache<GoogleAiGeminiChatModel> chat = new ModelCache<>();
  private final ModelCache<GoogleAiGeminiStreamingChatModel> stream = new ModelCache<>();
  private final ModelCache<GoogleAiEmbeddingModel> embed = new ModelCache<>();

  @Activate
  public GeminiConnector(GeminiConfig config) {
    this.config = config;
    this.models = Set.of(config.models());
    this.calls =
        new Lc4jCalls(
            config.sre_connector_name(),
            Duration.ofMillis(config.connect_timeout_ms()),
            Duration.ofMillis(config.read_timeout_ms()),
            config.max_concurrent_calls(),
            GeminiConnector::endsStream,
            null);
    this.http = calls.httpClientBuilder();
    this.imagen =
        new ImagenPredict(
            config.sre_connector_name(),
            config.base_url(),
            Duration.ofMillis(config.connect_timeout_ms()),
            Duration.ofMillis(config.read_timeout_ms()));
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
                    GoogleAiGeminiChatModel.builder()
                        .baseUrl(config.base_url())
                        .apiKey(key)
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
                    GoogleAiGeminiStreamingChatModel.builder()
                        .baseUrl(config.base_url())
                        .apiKey(key)
                        .httpClientBuilder(http)
                        .build()),
        request,
        credentials,
        onToken);
  }

  @Override
  public CompletionStage<Embeddings> embed(
      String model, List<String> texts, LlmCredentials credentials) {
    String key = Lc4jCalls.keyOrNone(credentials);
    // The model id is fixed at build time, so it is part of the cache key ("\n" occurs in neither).
    return calls.embed(
        () ->
            embed.get(
                key + "\n" + model,
                k ->
                    GoogleAiEmbeddingModel.builder()
                        .baseUrl(config.base_url())
                        .apiKey(key)
                        .modelName(model)
                        .httpClientBuilder(http)
                        .maxRetries(0)
                        .build()),
        texts,
        credentials);
  }

  /**
   * Gemini's stream has no terminal event: the last chunk is the one carrying a {@code
   * finishReason}. A stream closed before it is cut.
   */
  private static boolean endsStream(ServerSentEvent event) {
    return event.data() != null && event.data().contains("\"finishReason\"");
  }

  /**
   * Imagen models go to the {@code predict} API ({@link ImagenPredict}); Gemini's native image
   * models ({@code gemini-2.5-flash-image}...) answer images as inline parts of {@code
   * generateContent}, with {@code aspectRatio} and {@code size} (Gemini's {@code imageSize}, e.g.
   * {@code 1K}) applied.
   */
  @Override
  public CompletionStage<GeneratedImages> generateImages(
      ImageRequest request, LlmCredentials credentials) {
    if (ImagenPredict.isImagen(request.model())) {
      return imagen.generate(request, credentials);
    }
    return calls.images(
        () ->
            GoogleAiGeminiImageModel.builder()
                .baseUrl(config.base_url())
                .apiKey(Lc4jCalls.keyOrNone(credentials))
                .modelName(request.model())
                .aspectRatio(request.option(ImageRequest.ASPECT_RATIO))
                .imageSize(request.option(ImageRequest.SIZE))
                .httpClientBuilder(http)
                .maxRetries(0)
                .build(),
        request,
        credentials);
  }
}
