package sre.engine.jmh;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import sre.api.component.Component;
import sre.components.internal.ApiEndpointComponent;
import sre.components.internal.ApiOutputComponent;
import sre.components.internal.FEncDecComponent;
import sre.components.internal.FHashComponent;
import sre.components.internal.FSignComponent;
import sre.components.internal.JsonFilterComponent;
import sre.components.internal.LogicANDComponent;
import sre.components.internal.LogicORComponent;
import sre.engine.internal.run.Engine;
import sre.engine.internal.run.EngineServices;

/**
 * An engine wired to the real components, without OSGi: what a run costs in the engine itself,
 * without the service registry's lookups around it.
 */
final class BenchEngines {
  /** A component that does nothing but pass its input on: what remains is the engine's cost. */
  static final String PASS = "Pass";

  private static final Component PASS_THROUGH =
      call -> CompletableFuture.completedFuture(Map.of("Output", call.inputs().get("Input")));

  private static final Map<String, Component> COMPONENTS =
      Map.of(
          "APIEndpoint",
          new ApiEndpointComponent(),
          "APIOutput",
          new ApiOutputComponent(),
          "FHash",
          new FHashComponent(),
          "FEncDec",
          new FEncDecComponent(),
          "FSign",
          new FSignComponent(),
          "JSONFilter",
          new JsonFilterComponent(),
          "LogicAND",
          new LogicANDComponent(),
          "LogicOR",
          new LogicORComponent(),
          PASS,
          PASS_THROUGH);

  private BenchEngines() {}

  static Engine engine() {
    return new Engine(
        new EngineServices() {
          @Override
          public Component component(String name) {
            return COMPONENTS.get(name);
          }

          @Override
          public <S> S service(Class<S> type) {
            return null; // no subsystem: these agents use no vault, storage or model
          }

          @Override
          public Executor executor() {
            return ForkJoinPool.commonPool();
          }
        });
  }
}
