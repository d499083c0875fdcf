package sre.connector.gemini.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.llm.GeneratedImage;
import sre.api.llm.GeneratedImages;
import sre.api.llm.ImageRequest;
import sre.api.llm.LlmCredentials;
import sre.api.llm.TokenUsage;
import sre.connector.lc4j.Failures;
import sre.connector.lc4j.ProviderHttpException;
import sre.connector.lc4j.RetryAfter;

/**
 * Google's Imagen models ({@code imagen-...}) on the Gemini API's {@code POST
 * models/<model>:predict}, which langchain4j does not speak: {@code instances: [{prompt}]} and
 * {@code parameters} ({@code sampleCount}, {@code aspectRatio}, {@code personGeneration}, {@code
 * negativePrompt}); the answer's {@code predictions} carry base64 images. Sent with the JDK client
 * asynchronously: no thread waits for the images.
 */
final class ImagenPredict {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String provider;
  private final String baseUrl;
  private final HttpClient http;
  private final Duration timeout;

  ImagenPredict(String provider, String baseUrl, Duration connectTimeout, Duration timeout) {
    this.provider = provider;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    this.timeout = timeout;
  }

  /** Imagen models are named so on the Gemini API. */
  static boolean isImagen(String model) {
    return model.startsWith("imagen-");
  }

  CompletionStage<GeneratedImages> generate(ImageRequest request, LlmCredentials credentials) {
    String key = credentials.isPresent() ? credentials.apiKey() : "";
    HttpRequest call =
        HttpRequest.newBuilder(URI.create(baseUrl + "/models/" + request.model() + ":predict"))
            .timeout(timeout)
            .header("content-type", "application/json")
            .header("x-goog-api-key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body(request), StandardCharsets.UTF_8))
            .build();
    CompletableFuture<HttpResponse<String>> sent =
        http.sendAsync(call, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    CompletableFuture<GeneratedImages> result = new CompletableFuture<>();
    // cancelling the caller's stage aborts the exchange
    result.whenComplete((r, e) -> sent.cancel(true));
    sent.whenComplete(
        (response, error) -> {
          try {
            if (error != null) {
              throw error;
            }
            if (response.statusCode() >= 400) {
              throw new ProviderHttpException(
                  response.statusCode(),
                  response.body(),
                  response
                      .headers()
                      .firstValue("retry-after")
                      .map(v -> RetryAfter.parse(v, Clock.systemUTC()))
                      .orElse(null));
            }
            result.complete(images(response.body()));
          } catch (Throwable t) {
            result.completeExceptionally(Failures.toProvider(provider, t, key));
          }
        });
    return result;
  }

  private static String body(ImageRequest request) {
    ObjectNode root = JSON.createObjectNode();
    root.putArray("instances").addObject().put("prompt", request.prompt());
    ObjectNode parameters = root.putObject("parameters");
    parameters.put("sampleCount", request.count());
    putIfSet(parameters, "aspectRatio", request.option(ImageRequest.ASPECT_RATIO));
    putIfSet(parameters, "personGeneration", request.option(ImageRequest.PERSON_GENERATION));
    putIfSet(parameters, "negativePrompt", request.option(ImageRequest.NEGATIVE_PROMPT));
    return root.toString();
  }

  private static void putIfSet(ObjectNode node, String field, String value) {
    if (value != null && !value.isBlank()) {
      node.put(field, value);
    }
  }

  private static GeneratedImages images(String body) throws JsonProcessingException {
    JsonNode predictions = JSON.readTree(body).path("predictions");
    List<GeneratedImage> out = new ArrayList<>();
    for (JsonNode p : predictions) {
      String data = p.path("bytesBase64Encoded").asText("");
      if (!data.isEmpty()) {
        out.add(
            new GeneratedImage(
                Base64.getDecoder().decode(data), null, p.path("mimeType").asText(null), null));
      }
    }
    return new GeneratedImages(out, TokenUsage.NONE);
  }
}
