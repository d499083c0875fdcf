package sre.cli.internal.conformance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import sre.api.component.support.Json;

/**
 * The corpus comparison rule: drop ignored keys at any depth on both sides, check and remove the
 * {@code match} pointers (type names or {@code regex:}), then deep-equal with numbers compared by
 * value. Values are plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
 * {@code Boolean}, {@code null}).
 */
public final class CaseComparison {
  private CaseComparison() {}

  /** Empty when {@code actual} passes, else a readable description of the first difference. */
  public static Optional<String> compare(ConformanceCase c, Object actual) {
    Object exp = strip(copy(c.expect()), c.ignore());
    Object act = strip(copy(actual), c.ignore());
    for (Map.Entry<String, String> m : c.match().entrySet()) {
      List<String> pointer = pointer(m.getKey());
      List<String> failures = new ArrayList<>();
      act = applyMatch(act, pointer, 0, m.getValue(), failures, m.getKey());
      if (!failures.isEmpty()) {
        return Optional.of(failures.get(0));
      }
      exp = remove(exp, pointer, 0);
    }
    return diff("", exp, act);
  }

  private static List<String> pointer(String p) {
    List<String> parts = new ArrayList<>();
    if (p.isEmpty()) {
      return parts;
    }
    for (String s : p.substring(1).split("/", -1)) {
      parts.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return parts;
  }

  /** Checks the value(s) at the pointer and returns the tree with them removed. */
  @SuppressWarnings("unchecked")
  private static Object applyMatch(
      Object node, List<String> ptr, int i, String spec, List<String> failures, String where) {
    if (i == ptr.size() - 1) {
      String key = ptr.get(i);
      if (node instanceof Map<?, ?> map) {
        Map<String, Object> m = (Map<String, Object>) map;
        if (key.equals("*")) {
          for (String k : new ArrayList<>(m.keySet())) {
            check(m.get(k), spec, failures, where);
            m.remove(k);
          }
        } else if (!m.containsKey(key)) {
          failures.add(where + ": missing (expected " + spec + ")");
        } else {
          check(m.get(key), spec, failures, where);
          m.remove(key);
        }
        return node;
      }
      if (node instanceof List<?> list) {
        List<Object> l = (List<Object>) list;
        for (int idx : indexes(l, key)) {
          check(l.get(idx), spec, failures, where);
          l.set(idx, null);
        }
        if (indexes(l, key).isEmpty()) {
          failures.add(where + ": missing (expected " + spec + ")");
        }
        return node;
      }
      failures.add(where + ": missing (expected " + spec + ")");
      return node;
    }
    String key = ptr.get(i);
    Collection<Object> children = children(node, key);
    if (children.isEmpty()) {
      failures.add(where + ": missing (expected " + spec + ")");
    }
    for (Object child : children) {
      applyMatch(child, ptr, i + 1, spec, failures, where);
    }
    return node;
  }

  private static List<Integer> indexes(List<Object> l, String key) {
    List<Integer> out = new ArrayList<>();
    if (key.equals("*")) {
      for (int k = 0; k < l.size(); k++) {
        out.add(k);
      }
    } else if (key.matches("\\d+") && Integer.parseInt(key) < l.size()) {
      out.add(Integer.parseInt(key));
    }
    return out;
  }

  private static Collection<Object> children(Object node, String key) {
    List<Object> out = new ArrayList<>();
    if (node instanceof Map<?, ?> m) {
      if (key.equals("*")) {
        out.addAll(m.values());
      } else if (m.containsKey(key)) {
        out.add(m.get(key));
      }
    } else if (node instanceof List<?> l) {
      if (key.equals("*")) {
        out.addAll(l);
      } else if (key.matches("\\d+") && Integer.parseInt(key) < l.size()) {
        out.add(l.get(Integer.parseInt(key)));
      }
    }
    return out;
  }

  private static void check(Object value, String spec, List<String> failures, String where) {
    boolean ok =
        switch (spec) {
          case "any" -> true;
          case "number" -> value instanceof Number;
          case "string" -> value instanceof String;
          case "boolean" -> value instanceof Boolean;
          case "array" -> value instanceof List;
          case "object" -> value instanceof Map;
          case "null" -> value == null;
          default ->
              spec.startsWith("regex:")
                  && value instanceof String s
                  && Pattern.compile(spec.substring(6), Pattern.DOTALL).matcher(s).matches();
        };
    if (!ok) {
      failures.add(where + ": " + render(value) + " does not match " + spec);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object remove(Object node, List<String> ptr, int i) {
    String key = ptr.get(i);
    if (i == ptr.size() - 1) {
      if (node instanceof Map<?, ?> m) {
        if (key.equals("*")) {
          m.clear();
        } else {
          m.remove(key);
        }
      } else if (node instanceof List<?> l) {
        for (int idx : indexes((List<Object>) l, key)) {
          ((List<Object>) l).set(idx, null);
        }
      }
      return node;
    }
    for (Object child : children(node, key)) {
      remove(child, ptr, i + 1);
    }
    return node;
  }

  private static Object strip(Object node, List<String> ignore) {
    if (node instanceof Map<?, ?> m) {
      m.keySet().removeIf(ignore::contains);
      m.values().forEach(v -> strip(v, ignore));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> strip(v, ignore));
    }
    return node;
  }

  /** A mutable deep copy. */
  static Object copy(Object node) {
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
      return out;
    }
    if (node instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(copy(v)));
      return out;
    }
    return node;
  }

  private static Optional<String> diff(String at, Object exp, Object act) {
    String where = at.isEmpty() ? "/" : at;
    if (exp instanceof Number a && act instanceof Number b) {
      return a.doubleValue() == b.doubleValue()
          ? Optional.empty()
          : Optional.of(where + ": expected " + render(exp) + " but was " + render(act));
    }
    if (exp instanceof Map<?, ?> a && act instanceof Map<?, ?> b) {
      for (Object k : a.keySet()) {
        if (!b.containsKey(k)) {
          return Optional.of(at + "/" + k + ": missing (expected " + render(a.get(k)) + ")");
        }
        Optional<String> d = diff(at + "/" + k, a.get(k), b.get(k));
        if (d.isPresent()) {
          return d;
        }
      }
      for (Object k : b.keySet()) {
        if (!a.containsKey(k)) {
          return Optional.of(at + "/" + k + ": unexpected " + render(b.get(k)));
        }
      }
      return Optional.empty();
    }
    if (exp instanceof List<?> a && act instanceof List<?> b) {
      if (a.size() != b.size()) {
        return Optional.of(
            where
                + ": expected "
                + a.size()
                + " elements but was "
                + b.size()
                + ": "
                + render(act));
      }
      for (int i = 0; i < a.size(); i++) {
        Optional<String> d = diff(at + "/" + i, a.get(i), b.get(i));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    boolean equal = exp == null ? act == null : exp.equals(act);
    return equal
        ? Optional.empty()
        : Optional.of(where + ": expected " + render(exp) + " but was " + render(act));
  }

  /** A value as JSON text, cut short: diffs are read by people. */
  private static String render(Object v) {
    String s = Json.stringify(v);
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
