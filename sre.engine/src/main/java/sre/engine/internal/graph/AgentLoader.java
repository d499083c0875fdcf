package sre.engine.internal.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sre.api.component.InputDefinition;
import sre.api.component.OutputDefinition;
import sre.api.component.support.Binaries;

/**
 * Reads a {@code .smyth} file (flat, or wrapped as {@code {data, version}}) into an {@link
 * AgentGraph}, checking everything a run relies on so that a run never meets a malformed graph.
 */
public final class AgentLoader {
  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

  /** Parses JSON text into plain values ({@code Map}, {@code List}, ...). */
  public Object readJson(String json, String what) {
    try {
      return mapper.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new AgentLoadException(
          what + " is not valid JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  /** Loads an agent from its JSON text. */
  public AgentGraph load(String json, Instant modified) {
    return load(readJson(json, "Agent file"), modified);
  }

  /** Loads an agent from parsed JSON. */
  public AgentGraph load(Object parsed, Instant modified) {
    if (!(parsed instanceof Map<?, ?> root)) {
      throw new AgentLoadException("Agent file must be a JSON object");
    }
    Map<?, ?> agent = root;
    if (!(root.containsKey("components") && root.containsKey("connections"))
        && root.get("data") instanceof Map<?, ?> data) {
      agent = data;
    }
    List<?> components = list(agent, "components", "agent");
    List<?> connections = list(agent, "connections", "agent");
    String id = optionalString(agent, "id", "agent");
    if (id == null || id.isEmpty()) {
      id = "tmp-" + Binaries.uid().toLowerCase(Locale.ROOT);
    }
    String team = optionalString(agent, "teamId", "agent");
    Map<String, Object> variables = variables(agent.get("variables"));

    List<RawNode> raw = new ArrayList<>();
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < components.size(); i++) {
      RawNode node = RawNode.read(components.get(i), i);
      if (byId.putIfAbsent(node.id, i) != null) {
        throw new AgentLoadException("Duplicate component id '" + node.id + "'");
      }
      raw.add(node);
    }
    for (int c = 0; c < connections.size(); c++) {
      link(connections.get(c), c, raw, byId);
    }
    List<Node> nodes = new ArrayList<>(raw.size());
    Map<String, Map<String, Integer>> endpoints = new HashMap<>();
    Map<String, Integer> triggers = new HashMap<>();
    for (RawNode r : raw) {
      Node node = r.build();
      nodes.add(node);
      if (node.name().equals("APIEndpoint")) {
        Object endpoint = node.data().get("endpoint");
        Object method = node.data().get("method");
        String m = method instanceof String s && !s.isEmpty() ? s.toUpperCase(Locale.ROOT) : "POST";
        endpoints
            .computeIfAbsent(
                "/api/" + (endpoint == null ? "undefined" : endpoint), k -> new HashMap<>())
            .put(m, node.index());
      }
      if (node.data().get("triggerEndpoint") instanceof String trigger) {
        triggers.put("/trigger/" + trigger, node.index());
      }
    }
    return new AgentGraph(
        id,
        optionalString(agent, "name", "agent"),
        team == null || team.isEmpty() ? "default" : team,
        variables,
        List.copyOf(nodes),
        freeze(endpoints),
        Map.copyOf(triggers),
        modified,
        AsyncTags.tag(nodes),
        deepFreeze(agent),
        new Forks());
  }

  private static void link(Object entry, int c, List<RawNode> raw, Map<String, Integer> byId) {
    String where = "connection #" + c;
    if (!(entry instanceof Map<?, ?> conn)) {
      throw new AgentLoadException(where + " must be an object");
    }
    RawNode source = node(conn, "sourceId", where, raw, byId);
    RawNode target = node(conn, "targetId", where, raw, byId);
    int out = index(conn.get("sourceIndex"), source.outputs, where + " sourceIndex", source.id);
    Object ti = conn.get("targetIndex");
    int in =
        ti instanceof Number n && n.intValue() == -1
            ? -1
            : index(ti, target.inputs, where + " targetIndex", target.id);
    source.addLink(target.index, out, in);
    if (in >= 0) {
      target.connected[in] = true;
    }
  }

  private static RawNode node(
      Map<?, ?> conn, String field, String where, List<RawNode> raw, Map<String, Integer> byId) {
    Object id = conn.get(field);
    Integer index = id == null ? null : byId.get(String.valueOf(id));
    if (index == null) {
      throw new AgentLoadException(where + ": " + field + " '" + id + "' is not a component id");
    }
    return raw.get(index);
  }

  private static int index(Object value, List<String> names, String where, String componentId) {
    if (value instanceof Number n) {
      int i = n.intValue();
      if (n.doubleValue() != i || i < 0 || i >= names.size()) {
        throw new AgentLoadException(
            where + " " + value + " is out of range for component '" + componentId + "'");
      }
      return i;
    }
    if (value instanceof String s) {
      int i = names.indexOf(s);
      if (i < 0) {
        throw new AgentLoadException(
            where + ": component '" + componentId + "' has no port named '" + s + "'");
      }
      return i;
    }
    throw new AgentLoadException(where + " must be a number or a port name");
  }

  private static Map<String, Object> variables(Object value) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new AgentLoadException("agent field 'variables' must be an object");
    }
    Map<String, Object> vars = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      vars.put(String.valueOf(e.getKey()), e.getValue());
    }
    return Collections.unmodifiableMap(vars);
  }

  static List<?> list(Map<?, ?> map, String field, String where) {
    Object v = map.get(field);
    if (!(v instanceof List<?> l)) {
      throw new AgentLoadException(
          where + " field '" + field + "' " + (v == null ? "is missing" : "must be an array"));
    }
    return l;
  }

  static String optionalString(Map<?, ?> map, String field, String where) {
    Object v = map.get(field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new AgentLoadException(where + " field '" + field + "' must be a string");
    }
    return s;
  }

  private static Map<String, Map<String, Integer>> freeze(Map<String, Map<String, Integer>> m) {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, Map.copyOf(v)));
    return Map.copyOf(out);
  }

  /** A component while its connections are being collected. */
  private static final class RawNode {
    final int index;
    final String id;
    final String name;
    final String displayName;
    final String title;
    final Map<String, Object> data;
    final List<InputDefinition> inputDefs = new ArrayList<>();
    final List<OutputDefinition> outputDefs = new ArrayList<>();
    final List<String> inputs = new ArrayList<>();
    final List<String> outputs = new ArrayList<>();
    final boolean[] connected;
    final Map<Integer, List<Link>> links = new LinkedHashMap<>();

    private RawNode(Map<?, ?> c, int index) {
      this.index = index;
      String where = "component #" + index;
      Object rawId = c.get("id");
      if (rawId == null || (!(rawId instanceof String) && !(rawId instanceof Number))) {
        throw new AgentLoadException(where + ": field 'id' is missing or not a string");
      }
      this.id = String.valueOf(rawId);
      where = "component '" + id + "'";
      Object rawName = c.get("name");
      if (!(rawName instanceof String n) || n.isEmpty()) {
        throw new AgentLoadException(where + ": field 'name' is missing or not a string");
      }
      this.name = n;
      String display = optionalText(c, "displayName");
      this.displayName = display == null ? n : display;
      String t = optionalText(c, "title");
      this.title = t == null ? "" : t;
      Object d = c.get("data");
      if (d != null && !(d instanceof Map)) {
        throw new AgentLoadException(where + ": field 'data' must be an object");
      }
      this.data = d == null ? Map.of() : deepFreeze(d);
      List<?> ins = c.get("inputs") == null ? List.of() : list(c, "inputs", where);
      for (int i = 0; i < ins.size(); i++) {
        if (!(ins.get(i) instanceof Map<?, ?> in)) {
          throw new AgentLoadException(where + ": inputs[" + i + "] must be an object");
        }
        String inName = requiredName(in, where + ": inputs[" + i + "]");
        Object type = in.get("type");
        inputDefs.add(
            new InputDefinition(
                inName,
                type instanceof String s ? s : "Any",
                Boolean.TRUE.equals(in.get("optional")),
                freezeValue(in.get("defaultVal")),
                Boolean.TRUE.equals(in.get("isFile"))));
        inputs.add(inName);
      }
      List<?> outs = c.get("outputs") == null ? List.of() : list(c, "outputs", where);
      for (int i = 0; i < outs.size(); i++) {
        if (!(outs.get(i) instanceof Map<?, ?> out)) {
          throw new AgentLoadException(where + ": outputs[" + i + "] must be an object");
        }
        String outName = requiredName(out, where + ": outputs[" + i + "]");
        Object expr = out.get("expression");
        outputDefs.add(
            new OutputDefinition(
                outName,
                expr instanceof String s && !s.isEmpty() ? s : null,
                Boolean.TRUE.equals(out.get("default")),
                out.get("description") instanceof String desc ? desc : null));
        outputs.add(outName);
      }
      this.connected = new boolean[inputs.size()];
    }

    static RawNode read(Object entry, int index) {
      if (!(entry instanceof Map<?, ?> c)) {
        throw new AgentLoadException("component #" + index + " must be an object");
      }
      return new RawNode(c, index);
    }

    void addLink(int target, int out, int in) {
      links.computeIfAbsent(target, k -> new ArrayList<>()).add(new Link(out, in));
    }

    Node build() {
      List<TargetGroup> targets = new ArrayList<>();
      links.forEach((t, l) -> targets.add(new TargetGroup(t, List.copyOf(l))));
      int primary = -1;
      for (int i = 0; i < outputDefs.size() && primary < 0; i++) {
        if (outputDefs.get(i).primary()) {
          primary = i;
        }
      }
      return new Node(
          index,
          id,
          name,
          displayName,
          title,
          data,
          List.copyOf(inputDefs),
          List.copyOf(outputDefs),
          connected,
          List.copyOf(targets),
          primary);
    }

    private static String optionalText(Map<?, ?> c, String field) {
      Object v = c.get(field);
      return v == null ? null : String.valueOf(v);
    }

    private static String requiredName(Map<?, ?> port, String where) {
      Object n = port.get("name");
      if (!(n instanceof String s)) {
        throw new AgentLoadException(where + ": field 'name' is missing or not a string");
      }
      return s;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepFreeze(Object map) {
    return (Map<String, Object>) freezeValue(map);
  }

  /** An unmodifiable copy where integral doubles stay as parsed (Jackson gives Long/Double). */
  static Object freezeValue(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, val) -> out.put(String.valueOf(k), freezeValue(val)));
      return Collections.unmodifiableMap(out);
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(e -> out.add(freezeValue(e)));
      return Collections.unmodifiableList(out);
    }
    if (v instanceof Integer i) {
      return i.longValue();
    }
    if (v instanceof java.math.BigInteger b) {
      return b.doubleValue();
    }
    if (v instanceof java.math.BigDecimal b) {
      return b.doubleValue();
    }
    return v;
  }
}
