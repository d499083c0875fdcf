package sre.engine.internal.run;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import sre.api.component.Component;

/**
 * The engine's services as one run sees them: the first instance of a component the run used is the
 * one it keeps (for later calls and for shaping its result), so a component bundle updated in the
 * middle of a run changes nothing for that run; the next run picks up the new instance.
 */
final class PinnedComponents implements EngineServices {
  private final EngineServices delegate;
  private final Map<String, Component> used = new ConcurrentHashMap<>();

  PinnedComponents(EngineServices delegate) {
    this.delegate = delegate;
  }

  @Override
  public Component component(String name) {
    Component pinned = used.get(name);
    if (pinned != null) {
      return pinned;
    }
    Component now = delegate.component(name);
    if (now != null) {
      used.putIfAbsent(name, now);
    }
    return now;
  }

  @Override
  public CompletableFuture<Component> awaitComponent(String name) {
    CompletableFuture<Component> back = delegate.awaitComponent(name);
    return back == null
        ? null
        : back.thenApply(
            c -> {
              if (c != null) {
                used.putIfAbsent(name, c);
              }
              return c;
            });
  }

  @Override
  public <S> S service(Class<S> type) {
    return delegate.service(type);
  }

  @Override
  public Executor executor() {
    return delegate.executor();
  }
}
