package sre.engine.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sre.api.component.Component;

/**
 * Components by SRE name. Bound and unbound as services come and go; a run looks its components up
 * here when it calls them, so a replaced component bundle serves the next call.
 */
final class ComponentRegistry {
  private final Map<String, Component> byName = new ConcurrentHashMap<>();

  void bind(Object names, Component component) {
    for (String name : names(names)) {
      byName.put(name, component);
    }
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
