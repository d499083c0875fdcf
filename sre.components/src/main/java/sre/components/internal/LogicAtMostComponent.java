package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/**
 * LogicAtMost: verified when the number of truthy declared inputs is <= {@code maxSetInputs}; an
 * unusable threshold or one above the number of inputs gives an empty result.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("LogicAtMost")
public final class LogicAtMostComponent implements sre.api.component.Component {

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    return LogicGates.validate(config, "maxSetInputs", "Maximum Inputs");
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    double threshold = LogicGates.threshold(call.config().get("maxSetInputs"));
    if (Double.isNaN(threshold) || call.declaredInputs().size() < threshold) {
      return CompletableFuture.completedFuture(new LinkedHashMap<>());
    }
    return CompletableFuture.completedFuture(
        LogicGates.result(LogicGates.truthyCount(call) <= threshold));
  }
}
