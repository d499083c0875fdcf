package sre.cli.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Services from a map, answering at once: what is registered is there, the rest never comes. */
final class FakeServices implements Services {
  private final Map<Class<?>, Object> registered = new HashMap<>();
  private List<String> notUp = List.of();
  boolean shutdownAwaited;
  boolean stopping;

  <T> FakeServices with(Class<T> type, T service) {
    registered.put(type, service);
    return this;
  }

  FakeServices notUp(String... reasons) {
    this.notUp = List.of(reasons);
    return this;
  }

  @Override
  public <T> Optional<T> await(Class<T> type, Deadline deadline) {
    return current(type);
  }

  /** Filters are not evaluated here: a registered type matches any filter, as service id 1. */
  @Override
  public OptionalLong awaitMatching(Class<?> type, String filter, Deadline deadline) {
    return registered.containsKey(type) ? OptionalLong.of(1) : OptionalLong.empty();
  }

  @Override
  public <T> Optional<T> current(Class<T> type) {
    return Optional.ofNullable(type.cast(registered.get(type)));
  }

  @Override
  public List<String> notUp() {
    return notUp;
  }

  @Override
  public boolean stopping() {
    return stopping;
  }

  @Override
  public void awaitShutdown() {
    shutdownAwaited = true;
  }

  @Override
  public long uptimeMillis() {
    return 1234;
  }

  @Override
  public boolean startDormantBundle(String symbolicName) {
    return true;
  }
}
