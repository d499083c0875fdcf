package sre.engine.internal.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import sre.api.component.Component;

/**
 * What the engine needs from its environment: components by SRE name (looked up per run so a
 * replaced bundle is picked up), subsystem services, and the executor that continues runs after a
 * delay.
 */
public interface EngineServices {
  /** The component registered under this name, or null. */
  Component component(String name);

  /**
   * For a component that is registered no more but was before (its bundle is being updated): a
   * future of it once it is back, or of null when it stays away. Null when there is nothing to wait
   * for.
   */
  default CompletableFuture<Component> awaitComponent(String name) {
    return null;
  }

  /** A subsystem service, or null when none is registered. */
  <S> S service(Class<S> type);

  /** Where delayed continuations run (must not be blocked). */
  Executor executor();
}
