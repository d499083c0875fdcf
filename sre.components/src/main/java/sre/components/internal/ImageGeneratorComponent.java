package sre.components.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;
import sre.api.component.support.TemplateString;
import sre.api.llm.GeneratedImage;
import sre.api.llm.ImageRequest;
import sre.api.llm.Llm;
import sre.api.llm.UnknownModelException;

/**
 * ImageGenerator (spec §6.3): asks the model's provider for an image through the {@code Llm}
 * service (which owns keys, retries and usage) and answers it as a SmythFile in {@code Output}
 * (several images: a list). The prompt is the templated {@code prompt} setting, else the {@code
 * Prompt} input. Images a provider answers as links are fetched once, without holding a thread, so
 * the file outlives the provider's short-lived URL.
 */
@Component(
    service = sre.api.component.Component.class,
    configurationPid = "sre.components.ImageGenerator")
@Designate(ocd = ImageGeneratorConfig.class)
@ComponentName("ImageGenerator")
public final class ImageGeneratorComponent implements sre.api.component.Component {
  /** Settings passed to the provider as they are, under the LLM API's option names. */
  private static final List<String> OPTIONS =
      List.of(
          ImageRequest.SIZE,
          ImageRequest.QUALITY,
          ImageRequest.STYLE,
          ImageRequest.OUTPUT_FORMAT,
          ImageRequest.BACKGROUND,
          ImageRequest.NEGATIVE_PROMPT,
          ImageRequest.ASPECT_RATIO,
          ImageRequest.PERSON_GENERATION,
          ImageRequest.WIDTH,
          ImageRequest.HEIGHT);

  private final HttpClients http;
  private final Duration downloadTimeout;
  private final long maxImageBytes;

  @Activate
  public ImageGeneratorComponent(ImageGeneratorConfig config) {
    this(
        Duration.ofSeconds(config.connectTimeoutSeconds()),
        Duration.ofSeconds(config.downloadTimeoutSeconds()),
        config.maxImageBytes());
  }

  ImageGeneratorComponent(Duration connectTimeout, Duration downloadTimeout, long maxImageBytes) {
    this.http = new HttpClients(connectTimeout);
    this.downloadTimeout = downloadTimeout;
    this.maxImageBytes = maxImageBytes;
  }

  @Deactivate
  private void deactivate() {
    http.release();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> data = call.config();
    if (!JsValues.truthy(data.get("model"))) {
      return Outputs.error("ImageGenerator: no model configured");
    }
    String model = String.valueOf(data.get("model"));
    String prompt = prompt(call);
    if (prompt.isBlank()) {
      return Outputs.error("ImageGenerator: the prompt is empty");
    }
    Llm llm = call.run().service(Llm.class);
    if (llm == null) {
      return CompletableFuture.completedFuture(
          LlmInference.failure(new UnknownModelException(model), model));
    }
    return llm.requester(call.run().candidate())
        .generateImages(new ImageRequest(model, prompt, 1, options(data)))
        .thenCompose(images -> keep(call, images.images()))
        .handle(
            (files, error) -> {
              if (error != null) {
                return LlmInference.failure(error, model);
              }
              Map<String, Object> out = new HashMap<>();
              out.put("Output", files.size() == 1 ? files.get(0) : files);
              return out;
            });
  }

  private static String prompt(ComponentCall call) {
    Object configured = call.config().get("prompt");
    if (JsValues.truthy(configured)) {
      return TemplateString.parse(String.valueOf(configured), call.inputs());
    }
    Object input = call.inputs().get("Prompt");
    return input == null ? "" : String.valueOf(input);
  }

  private static Map<String, String> options(Map<String, Object> data) {
    Map<String, String> options = new HashMap<>();
    for (String key : OPTIONS) {
      Object v = data.get(key);
      if (JsValues.truthy(v)) {
        options.put(key, String.valueOf(v));
      }
    }
    return options;
  }

  /** Stores every image in the run's temp folder, in the provider's order. */
  private CompletionStage<List<Object>> keep(ComponentCall call, List<GeneratedImage> images) {
    if (images.isEmpty()) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("The provider answered no image"));
    }
    List<CompletableFuture<Map<String, Object>>> stored = new ArrayList<>();
    for (GeneratedImage image : images) {
      stored.add(
          bytes(image)
              .thenCompose(b -> TempFiles.store(call.run(), b, image.mimeType(), "image"))
              .toCompletableFuture());
    }
    return CompletableFuture.allOf(stored.toArray(CompletableFuture[]::new))
        .thenApply(v -> stored.stream().map(f -> (Object) f.join()).toList());
  }

  private CompletionStage<byte[]> bytes(GeneratedImage image) {
    if (image.data() != null) {
      return CompletableFuture.completedFuture(image.data());
    }
    return WebFiles.fetch(http, image.url(), downloadTimeout, maxImageBytes, "the generated image")
        .thenApply(WebFiles.Fetched::data);
  }
}
