package sre.components.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.LoopState;
import sre.api.component.support.Json;

/**
 * ForEach: emits one item of {@code Input} per execution on {@code Loop} while the engine runs the
 * loop body, then {@code Result} formatted per {@code format} ({@code full}, {@code minimal},
 * {@code results-array}). The loop state lives in the component's runtime data (spec §5.9).
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("ForEach")
public final class ForEachComponent implements sre.api.component.Component {

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    List<Object> items = items(call.inputs().get("Input"));
    Map<String, Object> data = call.runtimeData();
    LoopState loop =
        data.get(LoopState.KEY) instanceof LoopState l
            ? l
            : new LoopState(call.componentId(), items.size());
    loop.branches(null);
    boolean inProgress = loop.index() < items.size();
    Map<String, Object> out = new LinkedHashMap<>();
    if (inProgress) {
      out.put("Loop", items.get(loop.index()));
      loop.advance();
    }
    loop.inProgress(inProgress);
    data.put(LoopState.KEY, loop);
    if (!inProgress) {
      out.put("Result", LoopResults.format(loop.results(), call.config().get("format")));
    }
    if (loop.hasResults()) {
      out.put("_temp_result", loop.results());
    }
    out.put("_error", null);
    out.put("_in_progress", inProgress);
    return Outputs.done(out);
  }

  @Override
  public Object postProcess(Map<String, Object> record, ComponentCall call) {
    if (record.get("result") instanceof Map<?, ?> result) {
      result.remove("_temp_result");
      result.remove("_in_progress");
      result.remove("Loop");
    }
    return record;
  }

  /**
   * SRE's normalization: arrays kept; strings starting with {@code [} parsed leniently, other
   * strings split on commas; anything else (an object included) is one item.
   */
  static List<Object> items(Object input) {
    if (input instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    if (input instanceof String s) {
      if (!s.trim().startsWith("[")) {
        return new ArrayList<>(List.of(s.split(",", -1)));
      }
      // only an object parsed from text iterates over its values
      Object parsed = Json.parseLenient(s.trim());
      if (parsed instanceof List<?> list) {
        return new ArrayList<>(list);
      }
      if (parsed instanceof Map<?, ?> map) {
        return new ArrayList<>(map.values());
      }
    }
    List<Object> one = new ArrayList<>(1);
    one.add(input);
    return one;
  }
}
