package sre.cli.internal;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.util.tracker.ServiceTracker;

/** {@link Services} backed by the bundle context of the CLI bundle. */
final class FrameworkServices implements Services, AutoCloseable {
  private final BundleContext context;
  private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();
  private final CountDownLatch stopped = new CountDownLatch(1);

  FrameworkServices(BundleContext context) {
    this.context = context;
  }

  @Override
  public <T> Optional<T> await(Class<T> type, Deadline deadline) {
    try {
      // waitForService blocks on the tracker's monitor until a registration event arrives.
      return Optional.ofNullable(
          tracker(type).waitForService(Math.max(1, deadline.remainingMillis())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public OptionalLong awaitMatching(Class<?> type, String filter, Deadline deadline) {
    Filter matching;
    try {
      matching =
          context.createFilter(
              "(&(" + Constants.OBJECTCLASS + "=" + type.getName() + ")" + filter + ")");
    } catch (InvalidSyntaxException e) {
      throw new IllegalArgumentException("invalid service filter " + filter, e);
    }
    // A tracker of its own: the filter is particular to this wait and released right after it.
    ServiceTracker<?, ?> tracker = new ServiceTracker<>(context, matching, null);
    tracker.open();
    try {
      if (tracker.waitForService(Math.max(1, deadline.remainingMillis())) == null) {
        return OptionalLong.empty();
      }
      ServiceReference<?> reference = tracker.getServiceReference();
      return reference == null
          ? OptionalLong.empty()
          : OptionalLong.of((Long) reference.getProperty(Constants.SERVICE_ID));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalLong.empty();
    } finally {
      tracker.close();
    }
  }

  @Override
  public <T> Optional<T> current(Class<T> type) {
    return Optional.ofNullable(tracker(type).getService());
  }

  @SuppressWarnings("unchecked")
  private <T> ServiceTracker<T, T> tracker(Class<T> type) {
    return (ServiceTracker<T, T>)
        trackers.computeIfAbsent(
            type,
            t -> {
              ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
              tracker.open();
              return tracker;
            });
  }

  @Override
  public List<String> notUp() {
    List<String> reasons = new ArrayList<>();
    for (Bundle bundle : context.getBundles()) {
      if (bundle.getState() != Bundle.ACTIVE && !isFragment(bundle)) {
        reasons.add("bundle " + bundle.getSymbolicName() + " is " + stateName(bundle.getState()));
      }
    }
    current(ServiceComponentRuntime.class).ifPresent(scr -> reasons.addAll(unsatisfied(scr)));
    return reasons;
  }

  private static List<String> unsatisfied(ServiceComponentRuntime scr) {
    List<String> reasons = new ArrayList<>();
    for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
      for (ComponentConfigurationDTO config : scr.getComponentConfigurationDTOs(description)) {
        switch (config.state) {
          case ComponentConfigurationDTO.UNSATISFIED_REFERENCE ->
              Arrays.stream(config.unsatisfiedReferences)
                  .map(ref -> description.name + " waits for " + describe(description, ref))
                  .forEach(reasons::add);
          case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION ->
              reasons.add(description.name + " waits for its configuration");
          case ComponentConfigurationDTO.FAILED_ACTIVATION ->
              reasons.add(description.name + " failed to activate: " + config.failure);
          default -> {
            // satisfied or active: nothing to report
          }
        }
      }
    }
    return reasons;
  }

  private static String describe(ComponentDescriptionDTO description, UnsatisfiedReferenceDTO ref) {
    String service =
        Arrays.stream(description.references)
            .filter(r -> r.name.equals(ref.name))
            .map((ReferenceDTO r) -> r.interfaceName)
            .findFirst()
            .orElse(ref.name);
    return ref.target == null ? service : service + " " + ref.target;
  }

  private static boolean isFragment(Bundle bundle) {
    BundleRevision revision = bundle.adapt(BundleRevision.class);
    return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
  }

  private static String stateName(int state) {
    return switch (state) {
      case Bundle.INSTALLED -> "INSTALLED (not resolved)";
      case Bundle.RESOLVED -> "RESOLVED (not started)";
      case Bundle.STARTING -> "STARTING";
      case Bundle.STOPPING -> "STOPPING";
      case Bundle.UNINSTALLED -> "UNINSTALLED";
      default -> "in state " + state;
    };
  }

  @Override
  public boolean stopping() {
    return stopped.getCount() == 0;
  }

  @Override
  public void awaitShutdown() throws InterruptedException {
    stopped.await();
  }

  @Override
  public long uptimeMillis() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }

  /** Releases the trackers and wakes {@link #awaitShutdown()}; called when the CLI deactivates. */
  @Override
  public void close() {
    stopped.countDown();
    trackers.values().forEach(ServiceTracker::close);
    trackers.clear();
  }

  @Override
  public boolean startDormantBundle(String symbolicName) {
    for (org.osgi.framework.Bundle bundle : context.getBundles()) {
      if (symbolicName.equals(bundle.getSymbolicName())) {
        org.osgi.framework.startlevel.FrameworkStartLevel framework =
            context.getBundle(0).adapt(org.osgi.framework.startlevel.FrameworkStartLevel.class);
        // Bringing its start level down to the framework's lets the framework start it.
        bundle
            .adapt(org.osgi.framework.startlevel.BundleStartLevel.class)
            .setStartLevel(framework.getStartLevel());
        return true;
      }
    }
    return false;
  }
}
