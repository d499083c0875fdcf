package sre.components.internal;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/**
 * ImageGenerator (spec §6.3): SRE asks the model's provider for images (GPT-image, DALL·E, Imagen,
 * Runware). The {@code Llm} service offers chat and embeddings only, so the component reports that
 * image generation is not supported for the model rather than making up an image.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("ImageGenerator")
public final class ImageGeneratorComponent implements sre.api.component.Component {
  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object model = call.config().get("model");
    if (model == null || String.valueOf(model).isBlank()) {
      return Outputs.error("ImageGenerator: no model configured");
    }
    return Outputs.error(
        "Image generation with model '"
            + model
            + "' is not supported: the LLM API has no image operation yet");
  }
}
