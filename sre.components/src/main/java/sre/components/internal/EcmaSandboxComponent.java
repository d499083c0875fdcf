package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import sre.api.code.CodeExecution;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;

/**
 * ECMASandbox: runs {@code async function main(...)} from {@code code} through the Code subsystem
 * (the {@code ECMASandbox} connector by default, see {@link CodeRuns}). As in SRE, arguments are
 * injected as source text: strings wrapped in single quotes without escaping, everything else as
 * JavaScript's {@code String(value)}. Failures give {@code _error} as a list of messages.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("ECMASandbox")
public final class EcmaSandboxComponent implements sre.api.component.Component {
  /**
   * main's parameters, so each gets its input as SRE writes it (one with no input gets {@code
   * null}, as before the Code subsystem). Whether main exists is the connector's to report.
   */
  private static final Pattern MAIN_PARAMS =
      Pattern.compile("(?m)^\\s*async\\s+function\\s+main\\s*\\(([^)]*)\\)");

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object raw = call.config().get("code");
    String code = raw == null ? "" : String.valueOf(raw);
    return CodeRuns.run(call, CodeExecution.sourceText(code, arguments(code, call)));
  }

  /** Every parameter of main with its input as source text, SRE's way. */
  private static Map<String, String> arguments(String code, ComponentCall call) {
    Map<String, String> args = new LinkedHashMap<>();
    Matcher m = MAIN_PARAMS.matcher(code);
    if (!m.find()) {
      return args;
    }
    for (String p : m.group(1).split(",")) {
      if (!p.isBlank()) {
        Object v = call.inputs().get(p.strip());
        args.put(p.strip(), v instanceof String s ? "'" + s + "'" : JsValues.toJsString(v));
      }
    }
    return args;
  }
}
