package sre.components.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;

/**
 * ECMASandbox: runs {@code async function main(...)} from {@code code} in the JavaScript sandbox.
 * As in SRE, arguments are injected as source text: strings wrapped in single quotes without
 * escaping, everything else as JavaScript's {@code String(value)}. Failures give {@code _error} as
 * a list of messages. Rhino has no async functions, so {@code async} and {@code await} are removed
 * before running (the sandbox has no I/O, so nothing is left to wait for).
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("ECMASandbox")
public final class EcmaSandboxComponent implements sre.api.component.Component {
  private static final Pattern MAIN =
      Pattern.compile("(?m)^\\s*async\\s+function\\s+main\\s*\\(([^)]*)\\)");
  private static final Pattern ASYNC =
      Pattern.compile("\\basync\\s+(?=function\\b|\\(|[A-Za-z_$][\\w$]*\\s*=>)");
  private static final Pattern AWAIT = Pattern.compile("\\bawait\\s+");
  private final JsSandbox sandbox = new JsSandbox(Duration.ofSeconds(5), 256L * 1024 * 1024);

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object raw = call.config().get("code");
    String code = raw == null ? "" : String.valueOf(raw);
    Matcher m = MAIN.matcher(code);
    if (!m.find()) {
      return failed("No main function found at root level");
    }
    List<String> params = new ArrayList<>();
    for (String p : m.group(1).split(",")) {
      if (!p.isBlank()) {
        params.add(p.strip());
      }
    }
    String source =
        "(function(){\n" + desugar(code) + "\nreturn main(" + args(params, call) + ");\n})()";
    try {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("Output", sandbox.eval(source));
      return Outputs.done(out);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(e.getMessage() != null ? e.getMessage() : e.toString());
    }
  }

  private static String desugar(String code) {
    return AWAIT.matcher(ASYNC.matcher(code).replaceAll("")).replaceAll("");
  }

  private static String args(List<String> params, ComponentCall call) {
    List<String> args = new ArrayList<>();
    for (String p : params) {
      Object v = call.inputs().get(p);
      args.add(v instanceof String s ? "'" + s + "'" : JsValues.toJsString(v));
    }
    return String.join(",", args);
  }

  private static CompletionStage<Map<String, Object>> failed(String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("_error", List.of(message));
    return Outputs.done(out);
  }
}
