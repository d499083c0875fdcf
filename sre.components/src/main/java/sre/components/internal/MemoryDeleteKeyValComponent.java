package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/** MemoryDeleteKeyVal: deletes the value under the templated {@code key}, if visible. */
@Component(service = sre.api.component.Component.class)
@ComponentName("MemoryDeleteKeyVal")
public final class MemoryDeleteKeyValComponent implements sre.api.component.Component {

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    MemoryStore store = MemoryStore.of(call);
    if (store == null) {
      return MemoryStore.noCache();
    }
    String key = MemoryConfig.field(call, "key");
    return store
        .visibleKey(key)
        .thenCompose(
            full -> {
              if (full.isEmpty()) {
                return Outputs.of("_warning", MemoryStore.NOT_FOUND);
              }
              return store
                  .delete(key, full.get())
                  .thenApply(
                      v -> {
                        Map<String, Object> out = new LinkedHashMap<>();
                        out.put("Key", key);
                        out.put("deleted", true);
                        return out;
                      });
            })
        .exceptionally(e -> Outputs.failure(e));
  }
}
