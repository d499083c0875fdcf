package sre.api.code;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One execution: JavaScript {@code source} declaring a root-level {@code async function main(...)},
 * the inputs its parameters are bound to by name, how they are passed, and the limits.
 *
 * @param inputs values by parameter name (null values allowed: JSON null); see {@link
 *     ArgumentStyle}
 */
public record CodeExecution(
    String source, Map<String, Object> inputs, ArgumentStyle style, CodeLimits limits) {
  public CodeExecution {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(limits, "limits");
    // Not Map.copyOf: JSON null is a legitimate input value.
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }

  /** JSON inputs under the connector's limits. */
  public static CodeExecution json(String source, Map<String, Object> inputs) {
    return new CodeExecution(source, inputs, ArgumentStyle.JSON, CodeLimits.CONNECTOR_DEFAULTS);
  }

  /** Source-text arguments under the connector's limits. */
  public static CodeExecution sourceText(String source, Map<String, String> arguments) {
    return new CodeExecution(
        source,
        new LinkedHashMap<>(arguments),
        ArgumentStyle.SOURCE_TEXT,
        CodeLimits.CONNECTOR_DEFAULTS);
  }
}
