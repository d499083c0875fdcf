package sre.components.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;

/**
 * ECMASandbox: runs {@code async function main(...)} from {@code code} in the JavaScript sandbox.
 * As in SRE, arguments are injected as source text: strings wrapped in single quotes without
 * escaping, everything else as JavaScript's {@code String(value)}. Failures give {@code _error} as
 * a list of messages. The main-function convention is {@link JsMain}'s.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("ECMASandbox")
public final class EcmaSandboxComponent implements sre.api.component.Component {
  private final JsSandbox sandbox = JsSandbox.forComponents();

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object raw = call.config().get("code");
    String code = raw == null ? "" : String.valueOf(raw);
    Optional<List<String>> params = JsMain.params(code);
    if (params.isEmpty()) {
      return failed("No main function found at root level");
    }
    return Outputs.done(JsMain.run(sandbox, JsMain.script(code, args(params.get(), call))));
  }

  private static List<String> args(List<String> params, ComponentCall call) {
    List<String> args = new ArrayList<>();
    for (String p : params) {
      Object v = call.inputs().get(p);
      args.add(v instanceof String s ? "'" + s + "'" : JsValues.toJsString(v));
    }
    return args;
  }

  private static CompletionStage<Map<String, Object>> failed(String message) {
    return Outputs.done(JsMain.failure(message));
  }
}
