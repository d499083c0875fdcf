package sre.components.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import sre.api.agent.AgentRequest;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.InputDefinition;
import sre.api.component.OutputDefinition;
import sre.api.component.RunContext;
import sre.api.component.support.BinaryValue;
import sre.api.component.support.Json;
import sre.api.component.support.TemplateString;
import sre.api.component.support.TypeCoercion;

/**
 * APIEndpoint: the entry of a run. Outputs the request's headers, body and query; body/query fields
 * get their input defaults when empty, templates resolved, strong typing, {@code {...}} strings
 * parsed and file inputs turned into SmythFile records.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("APIEndpoint")
public final class ApiEndpointComponent implements sre.api.component.Component {
  private static final Pattern ENDPOINT = Pattern.compile("^[a-zA-Z0-9_]+([-_][a-zA-Z0-9_]+)*$");
  private static final Pattern KEY = Pattern.compile("\\{\\{KEY\\((.*?)\\)}}");

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    return EndpointSchema.validate(config, ENDPOINT);
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    RunContext run = call.run();
    AgentRequest request = run.request();
    Map<String, Object> input = call.inputs();
    boolean trigger = request.path().startsWith("/trigger");
    Map<String, Object> body = trigger ? new LinkedHashMap<>(input) : mutableCopy(request.body());
    Map<String, Object> query = trigger ? new LinkedHashMap<>() : mutableCopy(request.query());

    applyDefaults(call, input, body, query);
    resolveTemplates(body, input, run.teamId());
    resolveTemplates(query, input, run.teamId());
    body = new LinkedHashMap<>(TypeCoercion.apply(body, call.declaredInputs()));
    query = new LinkedHashMap<>(TypeCoercion.apply(query, call.declaredInputs()));
    parseObjectStrings(body);
    parseObjectStrings(query);
    storeFiles(call, body);

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("headers", new LinkedHashMap<>(run.headers()));
    out.put("body", body);
    out.put("query", query);
    out.put("params", new LinkedHashMap<>());
    return Outputs.done(out);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mutableCopy(Object value) {
    return value instanceof Map<?, ?> m
        ? new LinkedHashMap<>((Map<String, Object>) m)
        : new LinkedHashMap<>();
  }

  /** Inputs with a default fill body/query fields (named by a body.X/query.X output) when empty. */
  private static void applyDefaults(
      ComponentCall call,
      Map<String, Object> input,
      Map<String, Object> body,
      Map<String, Object> query) {
    List<String> bodyNames = new ArrayList<>();
    List<String> queryNames = new ArrayList<>();
    for (OutputDefinition out : call.declaredOutputs()) {
      String name = out.expression() != null ? out.expression() : out.name();
      String[] parts = name.split("\\.", -1);
      if (parts.length > 1 && !parts[1].isEmpty()) {
        if (name.contains("body")) {
          bodyNames.add(parts[1]);
        }
        if (name.contains("query")) {
          queryNames.add(parts[1]);
        }
      }
    }
    for (InputDefinition def : call.declaredInputs()) {
      Object dv = def.defaultValue();
      if (dv == null || "".equals(dv) || !input.containsKey(def.name())) {
        continue;
      }
      Object value = input.get(def.name());
      if (bodyNames.contains(def.name()) && isEmpty(body.get(def.name()))) {
        body.put(def.name(), value);
      }
      if (queryNames.contains(def.name()) && isEmpty(query.get(def.name()))) {
        query.put(def.name(), value);
      }
    }
  }

  private static boolean isEmpty(Object v) {
    return v == null
        || (v instanceof String s && s.isBlank())
        || (v instanceof List<?> l && l.isEmpty())
        || (v instanceof Map<?, ?> m && m.isEmpty());
  }

  /** {@code {{KEY(teamid)}}} → team id, other keys → empty; other placeholders from the input. */
  private static void resolveTemplates(
      Map<String, Object> data, Map<String, Object> input, String team) {
    for (Map.Entry<String, Object> e : data.entrySet()) {
      if (!(e.getValue() instanceof String s) || !s.contains("{{")) {
        continue;
      }
      if (TemplateString.hasVaultKey(s)) {
        e.setValue(KEY.matcher(s).replaceAll(m -> m.group(1).equals("teamid") ? team : ""));
      } else if (TemplateString.hasPlaceholder(s)) {
        e.setValue(TemplateString.parse(s, input));
      }
    }
  }

  private static void parseObjectStrings(Map<String, Object> data) {
    for (Map.Entry<String, Object> e : data.entrySet()) {
      if (e.getValue() instanceof String s) {
        String t = s.strip();
        if (t.startsWith("{") && t.endsWith("}")) {
          Object parsed = Json.parseLenient(t);
          if (parsed != Json.INVALID) {
            e.setValue(parsed);
          }
        }
      }
    }
  }

  /** Binary-typed body fields become SmythFile records under the agent's temp folder. */
  private static void storeFiles(ComponentCall call, Map<String, Object> body) {
    for (InputDefinition def : call.declaredInputs()) {
      String type = def.type().toLowerCase(Locale.ROOT);
      if (!def.file() && !List.of("image", "audio", "video", "binary").contains(type)) {
        continue;
      }
      Object value = body.get(def.name());
      List<?> values = value instanceof List<?> l ? l : java.util.Collections.singletonList(value);
      List<Object> files = new ArrayList<>();
      for (Object v : values) {
        if (v instanceof BinaryValue b) {
          files.add(
              b.toSmythFile(
                  "smythfs://"
                      + call.run().teamId()
                      + ".team/"
                      + call.run().agentId()
                      + "/_temp/"
                      + b.name()));
        }
      }
      if (!files.isEmpty()) {
        body.put(def.name(), files.size() == 1 ? files.get(0) : files);
      }
    }
  }
}
