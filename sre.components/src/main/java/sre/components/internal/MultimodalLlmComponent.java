package sre.components.internal;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/**
 * MultimodalLLM (spec §6.3): the prompt with the files of {@code Input} attached → {@code Reply};
 * the model defaults to {@code gpt-4o-mini} as in SRE.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("MultimodalLLM")
public final class MultimodalLlmComponent implements sre.api.component.Component {
  static final String DEFAULT_MODEL = "gpt-4o-mini";

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    return FilePrompt.run(call, "Input", DEFAULT_MODEL);
  }
}
