package sre.api.llm;

import java.util.Map;
import java.util.Objects;

/**
 * An image generation request: the model as agents name it, the prompt, how many images, and
 * provider options.
 *
 * <p>Options are strings under these keys (a connector applies those its provider knows and ignores
 * the rest): {@value #SIZE} ({@code 1024x1024}), {@value #QUALITY}, {@value #STYLE}, {@value
 * #OUTPUT_FORMAT} ({@code png}, {@code jpeg}, {@code webp}), {@value #BACKGROUND}, {@value
 * #NEGATIVE_PROMPT}, {@value #ASPECT_RATIO}, {@value #PERSON_GENERATION}, {@value #WIDTH} and
 * {@value #HEIGHT} (pixels).
 */
public record ImageRequest(String model, String prompt, int count, Map<String, String> options) {
  public static final String SIZE = "size";
  public static final String QUALITY = "quality";
  public static final String STYLE = "style";
  public static final String OUTPUT_FORMAT = "outputFormat";
  public static final String BACKGROUND = "background";
  public static final String NEGATIVE_PROMPT = "negativePrompt";
  public static final String ASPECT_RATIO = "aspectRatio";
  public static final String PERSON_GENERATION = "personGeneration";
  public static final String WIDTH = "width";
  public static final String HEIGHT = "height";

  public ImageRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(prompt, "prompt");
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  public ImageRequest withModel(String otherModel) {
    return new ImageRequest(otherModel, prompt, count, options);
  }

  /** The option's value, or null when not given. */
  public String option(String key) {
    return options.get(key);
  }
}
