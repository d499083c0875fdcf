package sre.components.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/** VisionLLM (spec §6.3): the prompt with the {@code Images} input attached → {@code Reply}. */
@Component(service = sre.api.component.Component.class)
@ComponentName("VisionLLM")
public final class VisionLlmComponent implements sre.api.component.Component {
  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    return LlmConfig.validate(config);
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    return FilePrompt.run(call, "Images", LlmInference.ECHO);
  }
}
