package sre.components.internal;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/**
 * ComponentHost (spec §6.2): SRE hands the call to the custom component named by {@code
 * data._component}, taken from its Component connector. Components here only reach kernel services
 * through {@code RunContext.service}, which looks services up by type, not components by name; so
 * the host cannot find the custom component and says so instead of guessing one.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("ComponentHost")
public final class ComponentHostComponent implements sre.api.component.Component {
  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object name = call.config().get("_component");
    if (name == null || String.valueOf(name).isBlank()) {
      return Outputs.error("ComponentHost: no custom component named in _component");
    }
    return Outputs.error(
        "Custom component \""
            + name
            + "\" is not available: components cannot look up other components in this runtime");
  }
}
