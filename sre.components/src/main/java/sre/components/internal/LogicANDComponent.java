package sre.components.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/** LogicAND: verified when all declared inputs are truthy (none declared: true). */
@Component(service = sre.api.component.Component.class)
@ComponentName("LogicAND")
public final class LogicANDComponent implements sre.api.component.Component {

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    return CompletableFuture.completedFuture(
        LogicGates.result(LogicGates.truthyCount(call) == call.declaredInputs().size()));
  }
}
