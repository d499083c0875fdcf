package sre.components.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;

/**
 * ComponentHost (spec §6.2): hands the call, unchanged, to the custom component named by {@code
 * data._component}. SRE takes custom components from its Component connector; here a custom
 * component is any bundle's component service registered under that name, found through the run (so
 * the run keeps the instance it first used, and a bundle being updated is awaited). The target
 * checks its own settings first, as the engine would have it do.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("ComponentHost")
public final class ComponentHostComponent implements sre.api.component.Component {
  static final String NAME = "ComponentHost";

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object configured = call.config().get("_component");
    if (!JsValues.truthy(configured)) {
      return Outputs.error("ComponentHost: no custom component named in _component");
    }
    String name = String.valueOf(configured);
    if (name.equals(NAME)) {
      return Outputs.error("ComponentHost: a host cannot host itself");
    }
    return call.run()
        .component(name)
        .thenCompose(
            found -> {
              if (found.isEmpty()) {
                return Outputs.error("Custom component \"" + name + "\" is not available");
              }
              sre.api.component.Component target = found.get();
              Optional<String> invalid = target.validateConfig(call.config());
              if (invalid.isPresent()) {
                return Outputs.error(
                    "Custom component \"" + name + "\": invalid settings: " + invalid.get());
              }
              return target.process(call);
            })
        .exceptionally(Outputs::failure);
  }
}
