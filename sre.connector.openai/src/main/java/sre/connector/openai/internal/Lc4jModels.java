package sre.connector.openai.internal;

import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sre.connector.lc4j.ExchangeHttpClient;
import sre.connector.lc4j.ExchangeHttpClientBuilder;

/**
 * langchain4j models of one connector instance, one set per API key (keys are per team) and
 * embedding model: building them per call costs more than the call's own overhead budget (each
 * build does ServiceLoader lookups). Bounded: past {@value #MAX} entries the cache starts over.
 */
final class Lc4jModels {
  private static final int MAX = 256;

  private final String baseUrl;
  private final ExchangeHttpClientBuilder http;
  private final Map<String, OpenAiChatModel> chat = new ConcurrentHashMap<>();
  private final Map<String, OpenAiStreamingChatModel> stream = new ConcurrentHashMap<>();
  private final Map<String, OpenAiEmbeddingModel> embed = new ConcurrentHashMap<>();

  Lc4jModels(String baseUrl, ExchangeHttpClient http) {
    this.baseUrl = baseUrl;
    this.http = new ExchangeHttpClientBuilder(http);
  }

  OpenAiChatModel chat(String apiKey) {
    return bounded(chat)
        .computeIfAbsent(
            apiKey,
            k ->
                new OpenAiChatModel.OpenAiChatModelBuilder()
                    .baseUrl(baseUrl)
                    .apiKey(k)
                    .httpClientBuilder(http)
                    .maxRetries(0)
                    .build());
  }

  OpenAiStreamingChatModel stream(String apiKey) {
    return bounded(stream)
        .computeIfAbsent(
            apiKey,
            k ->
                new OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder()
                    .baseUrl(baseUrl)
                    .apiKey(k)
                    .httpClientBuilder(http)
                    .build());
  }

  OpenAiEmbeddingModel embed(String apiKey, String model) {
    // The model id is part of the builder, so it is part of the key ("\n" never occurs in either).
    return bounded(embed)
        .computeIfAbsent(
            apiKey + "\n" + model,
            k ->
                new OpenAiEmbeddingModel.OpenAiEmbeddingModelBuilder()
                    .baseUrl(baseUrl)
                    .apiKey(apiKey)
                    .modelName(model)
                    .httpClientBuilder(http)
                    .maxRetries(0)
                    .build());
  }

  private static <V> Map<String, V> bounded(Map<String, V> map) {
    if (map.size() > MAX) {
      map.clear();
    }
    return map;
  }
}
