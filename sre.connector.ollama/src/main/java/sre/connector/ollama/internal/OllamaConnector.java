package sre.connector.ollama.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * Ollama's native API through langchain4j: {@code /api/chat} (plain and NDJSON streaming, with the
 * final line's {@code prompt_eval_count}/{@code eval_count} as usage), tools, base64 image inputs,
 * and {@code /api/embed}. Ollama needs no key; when a team's vault has one (an authenticating proxy
 * in front), it travels as a bearer token. One instance per factory configuration.
 */
@Component(
    service = LlmConnector.class,
    configurationPid = "sre.connector.ollama",
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@ConnectorName("Ollama")
@Designate(ocd = OllamaConfig.class, factory = true)
public final class OllamaConnector extends KeyedLlmConnector {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OllamaConfig config;
  private final String provider;
  private final Set<String> models;
  private final Lc4jCalls calls;
  private final ModelCache<OllamaChatModel> chat = new ModelCache<>();
  private final ModelCache<OllamaStreamingChatModel> stream = new ModelCache<>();
  private final ModelCache<OllamaEmbeddingModel> embed = new ModelCache<>();

  @Activate
  public OllamaConnector(OllamaConfig config) {
    this.config = config;
    this.provider = config.sre_connector_name();
    this.models = Set.of(config.models());
    this.calls =
        new Lc4jCalls(
            provider,
            Duration.ofMillis(config.connect_timeout_ms()),
            Duration.ofMillis(config.read_timeout_ms()),
            config.max_concurrent_calls(),
            OllamaConnector::endsStream,
            this::streamError);
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
                credentials.apiKey(),
                key ->
                    OllamaChatModel.builder()
                        .baseUrl(config.base_url())
                        .customHeaders(headers(key))
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
                credentials.apiKey(),
                key ->
                    OllamaStreamingChatModel.builder()
                        .baseUrl(config.base_url())
                        .customHeaders(headers(key))
                        .httpClientBuilder(calls.httpClientBuilder())
                        .build()),
        request,
        credentials,
        onToken);
  }

  @Override
  public CompletionStage<Embeddings> embed(
      String model, List<String> texts, LlmCredentials credentials) {
    // The model id is fixed at build time, so it is part of the key ("\n" never occurs in either).
    return calls.embed(
        () ->
            embed.get(
                credentials.apiKey() + "\n" + model,
                k ->
                    OllamaEmbeddingModel.builder()
                        .baseUrl(config.base_url())
                        .modelName(model)
                        .customHeaders(headers(credentials.apiKey()))
                        .httpClientBuilder(calls.httpClientBuilder())
                        .maxRetries(0)
                        .build()),
        texts,
        credentials);
  }

  /** A bearer token only when the team's vault gave one (a proxy in front of Ollama). */
  private static Map<String, String> headers(String key) {
    return key.isEmpty() ? Map.of() : Map.of("Authorization", "Bearer " + key);
  }

  /**
   * Each NDJSON line arrives as one event. The last line of a complete answer has {@code "done":
   * true}; an {@code error} line (Ollama's way to fail after the 200) ends it too.
   */
  private static boolean endsStream(ServerSentEvent event) {
    JsonNode line = parse(event.data());
    return line.path("done").asBoolean(false) || line.has("error");
  }

  /**
   * An {@code error} line inside a stream: Ollama gives no type, so it counts as the server's
   * failure (retryable, like its 500s). Its text is not kept: it may quote the prompt.
   */
  private LlmProviderException streamError(Throwable t) {
    if (t instanceof OllamaStreamingException) {
      return new LlmProviderException(
          Kind.SERVER_ERROR, 0, null, provider + " ended the stream with an error", null);
    }
    return null;
  }

  private static JsonNode parse(String data) {
    try {
      return data == null ? JSON.missingNode() : JSON.readTree(data);
    } catch (IOException notJson) {
      return JSON.missingNode();
    }
  }
}
