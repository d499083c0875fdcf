package sre.engine.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Subsystem services for components, found in the service registry when first asked for and tracked
 * from then on (the highest-ranked service of a type serves each call).
 */
final class OsgiServices implements AutoCloseable {
  private final BundleContext context;
  private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();
  private volatile boolean closed;

  OsgiServices(BundleContext context) {
    this.context = context;
  }

  <S> S get(Class<S> type) {
    if (closed) {
      return null;
    }
    ServiceTracker<?, ?> tracker =
        trackers.computeIfAbsent(
            type,
            t -> {
              ServiceTracker<?, ?> st = new ServiceTracker<>(context, t, null);
              st.open();
              return st;
            });
    return type.cast(tracker.getService());
  }

  @Override
  public void close() {
    closed = true;
    trackers.values().forEach(ServiceTracker::close);
    trackers.clear();
  }
}
