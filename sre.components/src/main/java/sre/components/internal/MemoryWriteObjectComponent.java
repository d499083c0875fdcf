package sre.components.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;

/**
 * MemoryWriteObject: stores every entry of the {@code Data} object (or JSON text) as its own key;
 * values are stored as JavaScript's {@code String(value)} ({@code [1,2]} becomes {@code "1,2"}).
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("MemoryWriteObject")
public final class MemoryWriteObjectComponent implements sre.api.component.Component {

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    return MemoryConfig.validate(config);
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    MemoryStore store = MemoryStore.of(call);
    if (store == null) {
      return MemoryStore.noCache();
    }
    Object data = call.inputs().get("Data");
    if (data instanceof String s) {
      data = Json.parse(s);
      if (data == Json.INVALID) {
        return Outputs.error("Invalid JSON data provided");
      }
    }
    if (!(data instanceof Map<?, ?> object)) {
      return Outputs.error("Data must be a valid JSON object");
    }
    List<String> keys = new ArrayList<>();
    List<CompletableFuture<Void>> writes = new ArrayList<>();
    object.forEach(
        (k, v) -> {
          keys.add(String.valueOf(k));
          writes.add(store.write(String.valueOf(k), JsValues.toJsString(v)).toCompletableFuture());
        });
    return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new))
        .thenApply(
            v -> {
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("Keys", keys);
              out.put("Count", keys.size());
              return out;
            })
        .exceptionally(e -> Outputs.failure(e));
  }
}
