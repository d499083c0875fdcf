package sre.components.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.InputDefinition;
import sre.api.component.support.JsValues;

/**
 * APIOutput: the run's answer. {@code Output} holds the declared inputs ({@code raw}: their values
 * concatenated); {@code minimal} or a non-JSON content type returns the payload alone.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("APIOutput")
public final class ApiOutputComponent implements sre.api.component.Component {
  private static final List<String> FORMATS = List.of("full", "minimal", "raw");
  private static final List<String> TYPES =
      List.of("application/json", "text/plain", "text/html", "application/xml");

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    Object format = config.get("format");
    if (format == null) {
      return Optional.of("\"Output Format\" is required");
    }
    if (!FORMATS.contains(format)) {
      return Optional.of("\"Output Format\" must be one of [full, minimal, raw]");
    }
    Object type = config.get("contentType");
    if (type != null && !"".equals(type) && !TYPES.contains(type)) {
      return Optional.of(
          "\"Content Type\" must be one of [application/json, text/plain, text/html,"
              + " application/xml]");
    }
    return Optional.empty();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Set<String> declared = new HashSet<>();
    for (InputDefinition input : call.declaredInputs()) {
      declared.add(input.name());
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    StringBuilder raw = new StringBuilder();
    for (Map.Entry<String, Object> e : call.inputs().entrySet()) {
      if (declared.contains(e.getKey())) {
        payload.put(e.getKey(), e.getValue());
        raw.append(JsValues.toJsString(e.getValue()));
      }
    }
    boolean isRaw = "raw".equals(call.config().get("format"));
    return Outputs.of("Output", isRaw ? raw.toString() : payload);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object postProcess(Map<String, Object> record, ComponentCall call) {
    Object contentType = call.config().get("contentType");
    String type =
        JsValues.truthy(contentType) ? JsValues.toJsString(contentType) : "application/json";
    Map<String, Object> result =
        record.get("result") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    if (result != null && result.get("Output") instanceof Map<?, ?> output) {
      for (String variable : call.run().variables().keySet()) {
        output.remove(variable);
      }
    }
    if ("minimal".equals(call.config().get("format")) || !type.equals("application/json")) {
      if (result != null && JsValues.truthy(result.get("Output"))) {
        return result.get("Output");
      }
      if (result != null && JsValues.truthy(result.get("_error"))) {
        return result.get("_error");
      }
      record.remove("id");
      record.remove("name");
    }
    return record;
  }
}
