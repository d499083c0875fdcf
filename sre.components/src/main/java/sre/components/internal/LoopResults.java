package sre.components.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sre.api.component.support.JsValues;

/** How ForEach formats the records its iterations produced. */
final class LoopResults {
  private LoopResults() {}

  static List<Object> format(List<Object> records, Object format) {
    List<Object> out = new ArrayList<>(records.size());
    if ("minimal".equals(format)) {
      for (Object r : records) {
        out.add(cleanup(resultOf(r)));
      }
    } else if ("results-array".equals(format)) {
      for (Object r : records) {
        flatten(values(cleanup(resultOf(r))), out);
      }
    } else {
      out.addAll(records);
    }
    return out;
  }

  /** {@code item.result || item}. */
  private static Object resultOf(Object record) {
    if (record instanceof Map<?, ?> m && JsValues.truthy(m.get("result"))) {
      return m.get("result");
    }
    return record;
  }

  private static Object cleanup(Object result) {
    if (result instanceof Map<?, ?> m) {
      for (String key : List.of("_debug", "_error", "_temp_result", "_in_progress")) {
        if (JsValues.truthy(m.get(key))) {
          m.remove(key);
        }
      }
    }
    return result;
  }

  /** JavaScript's {@code Object.values}. */
  private static List<Object> values(Object value) {
    if (value instanceof Map<?, ?> m) {
      return new ArrayList<>(m.values());
    }
    if (value instanceof List<?> l) {
      return new ArrayList<>(l);
    }
    if (value instanceof String s) {
      List<Object> chars = new ArrayList<>(s.length());
      for (int i = 0; i < s.length(); i++) {
        chars.add(String.valueOf(s.charAt(i)));
      }
      return chars;
    }
    return List.of();
  }

  /** {@code flat(Infinity)}. */
  private static void flatten(List<?> values, List<Object> out) {
    for (Object v : values) {
      if (v instanceof List<?> l) {
        flatten(l, out);
      } else {
        out.add(v);
      }
    }
  }
}
