package sre.components.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/** MemoryWriteKeyVal: stores the templated {@code value} under the templated {@code key}. */
@Component(service = sre.api.component.Component.class)
@ComponentName("MemoryWriteKeyVal")
public final class MemoryWriteKeyValComponent implements sre.api.component.Component {

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
    String key = MemoryConfig.field(call, "key");
    String value = MemoryConfig.field(call, "value");
    return store
        .write(key, value)
        .thenCompose(v -> Outputs.of("Key", key))
        .exceptionally(e -> Outputs.failure(e));
  }
}
