package sre.connector.huggingface.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Hugging Face's feature-extraction pipeline as a langchain4j {@link EmbeddingModel}, so it runs on
 * the instance's {@code ExchangeHttpClient} like the chat models (cancellation, {@code
 * Retry-After}, failure mapping). langchain4j has no module for this endpoint. The request is
 * {@code {"inputs":[...]}}; the answer one pooled vector per input, {@code [[...],[...]]}. The
 * endpoint reports no token usage.
 */
final class FeatureExtractionModel implements EmbeddingModel {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final String url;
  private final String apiKey;

  /**
   * @param url the endpoint with {@code {model}} already replaced
   * @param apiKey the access token; empty: none sent
   */
  FeatureExtractionModel(HttpClient http, String url, String apiKey) {
    this.http = http;
    this.url = url;
    this.apiKey = apiKey;
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    ObjectNode body = JSON.createObjectNode();
    segments.forEach(s -> body.withArray("inputs").add(s.text()));
    HttpRequest.Builder request =
        HttpRequest.builder()
            .method(HttpMethod.POST)
            .url(url)
            .addHeader("Content-Type", "application/json")
            .body(body.toString());
    if (!apiKey.isEmpty()) {
      request.addHeader("Authorization", "Bearer " + apiKey);
    }
    return Response.from(vectors(http.execute(request.build()).body(), segments.size()));
  }

  /** One vector per input; anything else is not the protocol (a model without pooling, say). */
  private static List<Embedding> vectors(String answer, int expected) {
    JsonNode rows;
    try {
      rows = JSON.readTree(answer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!rows.isArray() || rows.size() != expected) {
      throw new MalformedAnswer("expected " + expected + " vectors");
    }
    List<Embedding> out = new ArrayList<>(expected);
    for (JsonNode row : rows) {
      float[] v = new float[row.size()];
      for (int i = 0; i < v.length; i++) {
        if (!row.get(i).isNumber()) {
          throw new MalformedAnswer("expected one flat vector per input");
        }
        v[i] = row.get(i).floatValue();
      }
      out.add(Embedding.from(v));
    }
    return out;
  }

  /** The answer is JSON but not one vector per input. */
  static final class MalformedAnswer extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedAnswer(String message) {
      super(message);
    }
  }
}
