package sre.engine.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import sre.api.component.Component;

/**
 * Components by SRE name. Bound and unbound as services come and go; a run looks its components up
 * here when it calls them, so a replaced component bundle serves the next call.
 *
 * <p>While a component bundle is being updated its components are briefly absent. A call to a name
 * that was registered before waits (without a thread) until it is back, for at most {@link
 * #UPDATE_GRACE}; a name never registered fails at once.
 */
final class ComponentRegistry {
  static final Duration UPDATE_GRACE = Duration.ofSeconds(10);

  private final Map<String, Component> byName = new ConcurrentHashMap<>();
  private final Set<String> known = ConcurrentHashMap.newKeySet();
  private final Map<String, List<CompletableFuture<Component>>> waiting = new ConcurrentHashMap<>();

  void bind(Object names, Component component) {
    for (String name : names(names)) {
      byName.put(name, component);
      known.add(name);
      List<CompletableFuture<Component>> waiters = waiting.remove(name);
      if (waiters != null) {
        waiters.forEach(w -> w.complete(component));
      }
    }
  }

  /**
   * The component once it is registered again, or null after the grace period; null at once (no
   * future) when the name was never registered.
   */
  CompletableFuture<Component> awaitReturn(String name) {
    if (!known.contains(name)) {
      return null;
    }
    CompletableFuture<Component> back = new CompletableFuture<>();
    waiting.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(back);
    // It may have come back between the caller's lookup and the registration of this waiter.
    Component now = byName.get(name);
    if (now != null) {
      back.complete(now);
    }
    return back.completeOnTimeout(null, UPDATE_GRACE.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete(
            (c, e) -> {
              List<CompletableFuture<Component>> still = waiting.get(name);
              if (still != null) {
                still.remove(back);
              }
            });
  }

  void unbind(Object names, Component component) {
    for (String name : names(names)) {
      byName.remove(name, component);
    }
  }

  Component get(String name) {
    return byName.get(name);
  }

  private static String[] names(Object property) {
    if (property instanceof String s) {
      return new String[] {s};
    }
    if (property instanceof String[] a) {
      return a;
    }
    return new String[0];
  }
}
