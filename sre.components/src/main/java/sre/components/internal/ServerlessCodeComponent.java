package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.code.CodeExecution;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.InputDefinition;
import sre.api.component.support.Json;

/**
 * ServerlessCode (spec §6.4): SRE deploys the code to AWS Lambda; here it runs through the Code
 * subsystem like ECMASandbox (the local sandbox by default; a remote executor can take its place as
 * a Code connector). As in SRE, each declared input that is a string is JSON-parsed when it can be
 * (after turning {@code \"} into {@code "}), and legacy components are assembled from {@code
 * code_imports} and {@code code_body}. SRE's fixed 10 s sleep before each run is left out.
 * Arguments are passed as JSON values, not as ECMASandbox's unescaped source text.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("ServerlessCode")
public final class ServerlessCodeComponent implements sre.api.component.Component {
  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> inputs = codeInputs(call);
    // a main parameter without an input is undefined, as in a Lambda call
    return CodeRuns.run(call, CodeExecution.json(code(call.config(), inputs), inputs));
  }

  /** The declared inputs' values, strings JSON-parsed where possible (SRE's codeInputs). */
  private static Map<String, Object> codeInputs(ComponentCall call) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (InputDefinition def : call.declaredInputs()) {
      Object v = call.inputs().get(def.name());
      if (v instanceof String s) {
        Object parsed = Json.parse(s.replace("\\\"", "\""));
        out.put(def.name(), parsed == Json.INVALID ? s : parsed);
      } else if (v != null || call.inputs().containsKey(def.name())) {
        out.put(def.name(), v);
      }
    }
    return out;
  }

  /** {@code data.code}, else the legacy body wrapped in a main taking the inputs by name. */
  private static String code(Map<String, Object> data, Map<String, Object> inputs) {
    Object code = data.get("code");
    if (code instanceof String s && !s.isEmpty()) {
      return s;
    }
    String imports = data.get("code_imports") instanceof String s ? s : "";
    String body = data.get("code_body") instanceof String s ? s : "";
    return imports
        + "\nasync function main("
        + String.join(", ", inputs.keySet())
        + ") {\n"
        + body
        + "\n}";
  }
}
