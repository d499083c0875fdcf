package sre.connector.rhino.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sre.api.code.CodeExecution;
import sre.api.component.support.Json;

/**
 * SRE's code convention: a root-level {@code async function main(...)} called with one argument per
 * parameter, bound by name from the execution's inputs. Rhino has no async functions, so {@code
 * async} and {@code await} are removed before running (the sandbox has no I/O, so nothing is left
 * to wait for).
 */
final class JsMain {
  private static final Pattern MAIN =
      Pattern.compile("(?m)^\\s*async\\s+function\\s+main\\s*\\(([^)]*)\\)");
  private static final Pattern ASYNC =
      Pattern.compile("\\basync\\s+(?=function\\b|\\(|[A-Za-z_$][\\w$]*\\s*=>)");
  private static final Pattern AWAIT = Pattern.compile("\\bawait\\s+");

  private JsMain() {}

  /** The parameter names of {@code main}, or empty when the code declares no root-level main. */
  static Optional<List<String>> params(String code) {
    Matcher m = MAIN.matcher(code);
    if (!m.find()) {
      return Optional.empty();
    }
    List<String> params = new ArrayList<>();
    for (String p : m.group(1).split(",")) {
      if (!p.isBlank()) {
        params.add(p.strip());
      }
    }
    return Optional.of(params);
  }

  /** The source text of each argument of {@code main}, in parameter order. */
  static List<String> arguments(List<String> params, CodeExecution execution) {
    Map<String, Object> inputs = execution.inputs();
    List<String> args = new ArrayList<>();
    for (String p : params) {
      if (!inputs.containsKey(p)) {
        args.add("undefined");
        continue;
      }
      Object v = inputs.get(p);
      args.add(
          switch (execution.style()) {
            // JSON is a JavaScript literal
            case JSON -> Json.stringify(v);
            case SOURCE_TEXT -> String.valueOf(v);
          });
    }
    return args;
  }

  /** A script that declares the code and returns {@code main(<args>)}; args are source text. */
  static String script(String code, List<String> args) {
    String plain = AWAIT.matcher(ASYNC.matcher(code).replaceAll("")).replaceAll("");
    return "(function(){\n" + plain + "\nreturn main(" + String.join(",", args) + ");\n})()";
  }
}
