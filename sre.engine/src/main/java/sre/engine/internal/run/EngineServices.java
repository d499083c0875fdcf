package sre.engine.internal.run;

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

  /** A subsystem service, or null when none is registered. */
  <S> S service(Class<S> type);

  /** Where delayed continuations run (must not be blocked). */
  Executor executor();
}
