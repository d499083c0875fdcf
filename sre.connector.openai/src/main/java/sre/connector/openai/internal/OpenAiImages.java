package sre.connector.openai.internal;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.openai.internal.OpenAiClient;
import dev.langchain4j.model.openai.internal.image.GenerateImagesRequest;
import dev.langchain4j.model.openai.internal.image.GenerateImagesResponse;
import dev.langchain4j.model.openai.internal.image.ImageData;
import dev.langchain4j.model.openai.internal.image.ImageUsage;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import sre.api.llm.GeneratedImage;
import sre.api.llm.GeneratedImages;
import sre.api.llm.ImageRequest;
import sre.api.llm.TokenUsage;

/**
 * OpenAI's {@code POST /images/generations} through langchain4j's OpenAI client. Its public image
 * model drops the answer's {@code usage} (gpt-image-1 is priced by those tokens), so the client it
 * wraps is used directly; langchain4j is embedded privately at one version, so its internal client
 * cannot move under us. The request sends {@code size}, {@code quality}, {@code background} and
 * {@code output_format}; the client has no field for DALL·E's {@code style}, which is not sent.
 */
final class OpenAiImages {
  private final String baseUrl;
  private final HttpClientBuilder http;

  OpenAiImages(String baseUrl, HttpClientBuilder http) {
    this.baseUrl = baseUrl;
    this.http = http;
  }

  /** Blocking: runs on the connector's call pool. */
  GeneratedImages generate(ImageRequest request, String apiKey) {
    // A client per call: an image takes seconds, next to which building one is noise.
    OpenAiClient client =
        OpenAiClient.builder().baseUrl(baseUrl).apiKey(apiKey).httpClientBuilder(http).build();
    GenerateImagesResponse answer =
        client
            .imagesGeneration(
                GenerateImagesRequest.builder()
                    .model(request.model())
                    .prompt(request.prompt())
                    .n(request.count())
                    .size(request.option(ImageRequest.SIZE))
                    .quality(request.option(ImageRequest.QUALITY))
                    .background(request.option(ImageRequest.BACKGROUND))
                    .outputFormat(request.option(ImageRequest.OUTPUT_FORMAT))
                    .build())
            .execute();
    String format =
        answer.outputFormat() != null
            ? answer.outputFormat()
            : request.option(ImageRequest.OUTPUT_FORMAT);
    String mime = mimeType(format);
    return new GeneratedImages(
        answer.data() == null
            ? List.of()
            : answer.data().stream().map(d -> image(d, mime)).toList(),
        usage(answer.usage()));
  }

  private static GeneratedImage image(ImageData data, String mime) {
    byte[] bytes = data.b64Json() == null ? null : Base64.getDecoder().decode(data.b64Json());
    String url = data.url() == null ? null : data.url().toString();
    return new GeneratedImage(bytes, url, mime, data.revisedPrompt());
  }

  private static TokenUsage usage(ImageUsage u) {
    if (u == null) {
      return TokenUsage.NONE;
    }
    return new TokenUsage(
        u.inputTokens() == null ? 0 : u.inputTokens(),
        u.outputTokens() == null ? 0 : u.outputTokens());
  }

  /** OpenAI answers PNG unless {@code output_format} asks otherwise. */
  private static String mimeType(String outputFormat) {
    if (outputFormat == null || outputFormat.isBlank()) {
      return "image/png";
    }
    String f = outputFormat.toLowerCase(Locale.ROOT);
    return "image/" + (f.equals("jpg") ? "jpeg" : f);
  }
}
