package sre.components.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/** LogicXOR: verified when exactly one declared input is truthy. */
@Component(service = sre.api.component.Component.class)
@ComponentName("LogicXOR")
public final class LogicXORComponent implements sre.api.component.Component {

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    return CompletableFuture.completedFuture(LogicGates.result(LogicGates.truthyCount(call) == 1));
  }
}
