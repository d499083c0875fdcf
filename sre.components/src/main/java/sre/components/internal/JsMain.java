package sre.components.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SRE's code convention shared by ECMASandbox and ServerlessCode: a root-level {@code async
 * function main(...)} called with one argument per parameter. Rhino has no async functions, so
 * {@code async} and {@code await} are removed before running (the sandbox has no I/O, so nothing is
 * left to wait for).
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

  /** A script that declares the code and returns {@code main(<args>)}; args are source text. */
  static String script(String code, List<String> args) {
    String plain = AWAIT.matcher(ASYNC.matcher(code).replaceAll("")).replaceAll("");
    return "(function(){\n" + plain + "\nreturn main(" + String.join(",", args) + ");\n})()";
  }

  /** Runs a {@link #script}: {@code Output} = main's value, or {@code _error} = [message]. */
  static Map<String, Object> run(JsSandbox sandbox, String script) {
    try {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("Output", sandbox.eval(script));
      return out;
    } catch (RuntimeException | StackOverflowError e) {
      return failure(e.getMessage() != null ? e.getMessage() : e.toString());
    }
  }

  /** SRE's failed execution: {@code Output} undefined and the errors as a list. */
  static Map<String, Object> failure(String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("_error", List.of(message));
    return out;
  }
}
