package sre.connector.local.internal;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SRE's {@code $env(VAR)} references in vault values: each is replaced by the environment
 * variable's value, or left as written when the variable is unset.
 */
final class EnvSubstitution {

  private static final Pattern REFERENCE = Pattern.compile("\\$env\\(([^()\\s]+)\\)");

  private final UnaryOperator<String> environment;

  /**
   * @param environment variable name → value, {@code null} when unset (e.g. System::getenv)
   */
  EnvSubstitution(UnaryOperator<String> environment) {
    this.environment = environment;
  }

  String apply(String value) {
    Matcher matcher = REFERENCE.matcher(value);
    if (!matcher.find()) {
      return value;
    }
    StringBuilder result = new StringBuilder();
    do {
      String replacement = environment.apply(matcher.group(1));
      matcher.appendReplacement(
          result, Matcher.quoteReplacement(replacement == null ? matcher.group() : replacement));
    } while (matcher.find());
    matcher.appendTail(result);
    return result.toString();
  }
}
