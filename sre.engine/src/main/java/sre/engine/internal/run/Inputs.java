package sre.engine.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sre.api.component.InputDefinition;
import sre.api.component.support.JsValues;
import sre.api.component.support.TemplateString;
import sre.engine.internal.graph.Node;

/** How SRE accumulates a component's input between cycles ({@code prepareComponentInput}). */
final class Inputs {
  private Inputs() {}

  /**
   * SRE's {@code _mergeInputs} followed by unwrapping: no previous value gives the new value; a
   * previous array is extended by the new value as one element; a previous scalar becomes {@code
   * [old, new]}.
   */
  static Object merge(Object existing, boolean hasExisting, Object value) {
    if (!hasExisting) {
      // [value] unwrapped: the value itself
      return value;
    }
    List<Object> merged;
    if (existing instanceof List<?> list) {
      merged = new ArrayList<>(list.size() + 1);
      merged.addAll(list);
    } else {
      merged = new ArrayList<>(2);
      merged.add(existing);
    }
    merged.add(value);
    return merged.size() == 1 ? merged.get(0) : merged;
  }

  /** Merges newly arrived values into the accumulated runtime input (in place). */
  static void accumulate(Map<String, Object> runtimeInput, Map<String, Object> arrived) {
    for (Map.Entry<String, Object> e : arrived.entrySet()) {
      String key = e.getKey();
      boolean has = runtimeInput.containsKey(key);
      runtimeInput.put(key, merge(runtimeInput.get(key), has, e.getValue()));
    }
  }

  /** The accumulated input plus declared defaults (templated against agent variables). */
  static Map<String, Object> withDefaults(
      Node node, Map<String, Object> runtimeInput, Map<String, Object> variables) {
    Map<String, Object> input = null;
    for (InputDefinition def : node.inputs()) {
      if (JsValues.truthy(def.defaultValue()) && !runtimeInput.containsKey(def.name())) {
        if (input == null) {
          input = new LinkedHashMap<>(runtimeInput);
        }
        if (!input.containsKey(def.name())) {
          input.put(def.name(), TemplateString.parseValue(def.defaultValue(), variables));
        }
      }
    }
    return input == null ? runtimeInput : input;
  }

  /** Names of connected, non-optional inputs that have no value (SRE's missing inputs). */
  static List<String> missing(Node node, Map<String, Object> input) {
    List<String> missing = null;
    List<InputDefinition> defs = node.inputs();
    for (int i = 0; i < defs.size(); i++) {
      InputDefinition def = defs.get(i);
      if (node.connectedInputs()[i] && !def.optional() && !input.containsKey(def.name())) {
        if (missing == null) {
          missing = new ArrayList<>(2);
        }
        missing.add(def.name());
      }
    }
    return missing == null ? List.of() : missing;
  }
}
