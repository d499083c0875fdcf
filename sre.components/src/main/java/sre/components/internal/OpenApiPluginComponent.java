package sre.components.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;

/**
 * GPTPlugin / OpenAPI: SRE answers the {@code Prompt} through an LLM conversation whose tools are
 * the operations of the remote OpenAPI spec at {@code specUrl} (§6.3). Components get no tool loop
 * from the LLM service yet (as for AgentPlugin), so the component validates its config and reports
 * that the conversation cannot run, naming the spec, instead of answering without the tools.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName({"GPTPlugin", "OpenAPI"})
public final class OpenApiPluginComponent implements sre.api.component.Component {
  static final String UNAVAILABLE =
      "OpenAPI tool conversations are not available in this runtime yet (spec: ";

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    Object spec = config.get("specUrl");
    if (!(spec instanceof String s) || s.isBlank()) {
      return Optional.of("\"Specification URL\" is required");
    }
    return Optional.empty();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object spec = call.config().get("specUrl");
    return Outputs.error(UNAVAILABLE + (JsValues.truthy(spec) ? spec : "none") + ")");
  }
}
