package sre.engine.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sre.api.component.support.BinaryValue;
import sre.api.component.support.JsValues;

/** Result records ({@code {id, name, result}}) and the JSON clone SRE applies to them. */
final class Records {
  private Records() {}

  static Map<String, Object> record(String id, String name, Object result) {
    Map<String, Object> r = new LinkedHashMap<>(4);
    r.put("id", id);
    r.put("name", name);
    r.put("result", result);
    return r;
  }

  static boolean truthyKey(Map<?, ?> map, String key) {
    return map != null && JsValues.truthy(map.get(key));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> resultOf(Map<String, Object> record) {
    return record.get("result") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  /** {@code JSON.parse(JSON.stringify(value))}: a deep, mutable copy of plain JSON values. */
  static Object jsonClone(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>(Math.max(4, m.size() * 2));
      m.forEach((k, v) -> out.put(String.valueOf(k), jsonClone(v)));
      return out;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(e -> out.add(jsonClone(e)));
      return out;
    }
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return null;
    }
    if (value instanceof BinaryValue b) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("mimetype", b.mimetype());
      out.put("name", b.name());
      out.put("url", b.url());
      return out;
    }
    return value;
  }
}
