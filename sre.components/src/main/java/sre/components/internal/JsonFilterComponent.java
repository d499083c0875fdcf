package sre.components.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/**
 * JSONFilter: keeps, at every depth, only the keys listed in {@code fields} (comma separated);
 * arrays are filtered element-wise, scalars pass unchanged.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("JSONFilter")
public final class JsonFilterComponent implements sre.api.component.Component {

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    Object fields = config.get("fields");
    if (fields != null && !(fields instanceof String)) {
      return Optional.of("\"Prompt\" must be a string");
    }
    if (fields instanceof String s && s.length() > 30000) {
      return Optional.of("\"Prompt\" length must be less than or equal to 30000 characters long");
    }
    return Optional.empty();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object fields = call.config().get("fields");
    Map<String, Object> out = new LinkedHashMap<>(4);
    Object input = call.inputs().get("Input");
    if (fields instanceof String s) {
      Set<String> keep =
          Arrays.stream(s.split(",", -1)).map(String::strip).collect(Collectors.toSet());
      out.put("Output", filter(input, keep));
      out.put("_error", null);
    } else if (input instanceof Map || input instanceof List) {
      out.put("Output", new LinkedHashMap<>());
      out.put("_error", "Cannot read properties of undefined (reading 'includes')");
    } else {
      out.put("Output", input);
      out.put("_error", null);
    }
    return Outputs.done(out);
  }

  static Object filter(Object value, Set<String> keep) {
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object e : list) {
        out.add(filter(e, keep));
      }
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach(
          (k, v) -> {
            if (keep.contains(String.valueOf(k))) {
              out.put(String.valueOf(k), filter(v, keep));
            }
          });
      return out;
    }
    return value;
  }
}
