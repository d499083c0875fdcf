package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import sre.api.component.ComponentCall;
import sre.api.component.InputDefinition;
import sre.api.component.support.JsValues;

/**
 * What the Logic* components share: counting truthy declared inputs (an absent input is falsy),
 * SRE's {@code Output/Verified/Unverified} result, and the 0..9 threshold validation.
 */
final class LogicGates {
  private LogicGates() {}

  static int truthyCount(ComponentCall call) {
    int count = 0;
    for (InputDefinition input : call.declaredInputs()) {
      if (JsValues.truthy(call.inputs().get(input.name()))) {
        count++;
      }
    }
    return count;
  }

  static Map<String, Object> result(boolean verified) {
    Map<String, Object> out = new LinkedHashMap<>(4);
    if (verified) {
      out.put("Output", Boolean.TRUE);
      out.put("Verified", Boolean.TRUE);
    } else {
      out.put("Unverified", Boolean.TRUE);
    }
    return out;
  }

  /** The threshold as SRE reads it at run time, or NaN when unusable ({@code ''}, non-numeric). */
  static double threshold(Object value) {
    if ("".equals(value) || value == null) {
      return Double.NaN;
    }
    return JsValues.toNumber(value);
  }

  /** SRE's schema: a string or number that is numeric and from 0 to 9. */
  static Optional<String> validate(Map<String, Object> config, String key, String label) {
    if (!config.containsKey(key)) {
      return Optional.empty();
    }
    Object value = config.get(key);
    if (!(value instanceof String) && !(value instanceof Number)) {
      return Optional.of("\"" + label + "\" must be one of [string, number]");
    }
    if ("".equals(value)) {
      return Optional.of("\"" + label + "\" is not allowed to be empty");
    }
    double n = JsValues.toNumber(value);
    String prefix = "\"" + label + "\" failed custom validation because ";
    if (Double.isNaN(n)) {
      return Optional.of(prefix + "The value for '" + label + "' must be a number");
    }
    if (n < 0 || n > 9) {
      return Optional.of(prefix + "The value for '" + label + "' must be from 0 to 9");
    }
    return Optional.empty();
  }
}
