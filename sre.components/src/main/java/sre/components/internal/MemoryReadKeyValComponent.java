package sre.components.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/** MemoryReadKeyVal: the value stored under the templated {@code key}, if visible to this run. */
@Component(service = sre.api.component.Component.class)
@ComponentName("MemoryReadKeyVal")
public final class MemoryReadKeyValComponent implements sre.api.component.Component {

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
            full ->
                full.isEmpty()
                    ? Outputs.of("_warning", MemoryStore.NOT_FOUND)
                    : store
                        .read(full.get())
                        .thenCompose(
                            value ->
                                value.isEmpty()
                                    ? Outputs.of("_warning", MemoryStore.NOT_FOUND)
                                    : Outputs.of("Value", value.get())))
        .exceptionally(e -> Outputs.failure(e));
  }

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    return Optional.empty();
  }
}
