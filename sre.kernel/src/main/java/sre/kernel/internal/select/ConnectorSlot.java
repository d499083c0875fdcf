package sre.kernel.internal.select;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.osgi.framework.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.connector.ConnectorProperties;
import sre.api.runtime.ConnectorBinding;

/**
 * The connector a subsystem currently routes new calls to, fed by a greedy dynamic DS reference.
 *
 * <p>DS binds a better-ranked (or newly matching) connector before it unbinds the old one, so new
 * calls move to the new connector at once. Calls already running keep the binding they started
 * with: {@link #unbind} waits (bounded) until they have finished, which holds back the old
 * connector's deactivation until its calls are done — calls in flight finish, none is cut off.
 */
public final class ConnectorSlot<C> {
  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final String subsystem;
  private final List<Binding<C>> bindings = new ArrayList<>();
  private volatile Binding<C> current;

  public ConnectorSlot(String subsystem) {
    this.subsystem = subsystem;
  }

  /** Called from the DS bind/updated method. */
  public void bind(C connector, Map<String, Object> properties) {
    Binding<C> b = new Binding<>(connector, properties);
    synchronized (bindings) {
      bindings.removeIf(x -> x.connector == connector);
      bindings.add(b);
    }
    current = b;
    logger.info("{}: routing new calls to {}", subsystem, b.describe());
  }

  /** Called from the DS unbind method: stops routing to the connector and drains its calls. */
  public void unbind(C connector, Duration drainTimeout) {
    Binding<C> gone = null;
    synchronized (bindings) {
      for (Binding<C> b : bindings) {
        if (b.connector == connector) {
          gone = b;
        }
      }
      bindings.remove(gone);
      if (current != null && current.connector == connector) {
        current = bindings.isEmpty() ? null : bindings.get(bindings.size() - 1);
      }
    }
    if (gone != null && !gone.drain(drainTimeout)) {
      logger.warn(
          "{}: {} released with {} call(s) still running after {} ms",
          subsystem,
          gone.describe(),
          gone.inFlight(),
          drainTimeout.toMillis());
    }
  }

  /**
   * Runs {@code operation} on the current connector; the call counts as in flight until its stage
   * completes. Fails with {@link ConnectorUnavailableException} when no connector is bound.
   */
  public <T> CompletionStage<T> call(Function<C, CompletionStage<T>> operation) {
    Binding<C> b = current;
    if (b == null) {
      return CompletableFuture.failedFuture(new ConnectorUnavailableException(subsystem));
    }
    b.enter();
    CompletionStage<T> stage;
    try {
      stage = operation.apply(b.connector);
    } catch (RuntimeException e) {
      b.leave();
      return CompletableFuture.failedFuture(e);
    }
    return stage.whenComplete((r, e) -> b.leave());
  }

  public Optional<ConnectorBinding> selected() {
    Binding<C> b = current;
    return b == null ? Optional.empty() : Optional.of(b.describeAs(subsystem, true));
  }

  public String subsystem() {
    return subsystem;
  }

  private static final class Binding<C> {
    final C connector;
    final Map<String, Object> properties;
    private int inFlight;

    Binding(C connector, Map<String, Object> properties) {
      this.connector = connector;
      this.properties = Map.copyOf(properties);
    }

    synchronized void enter() {
      inFlight++;
    }

    synchronized void leave() {
      if (--inFlight == 0) {
        notifyAll();
      }
    }

    synchronized int inFlight() {
      return inFlight;
    }

    synchronized boolean drain(Duration timeout) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (inFlight > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }

    String describe() {
      return String.valueOf(properties.get(ConnectorProperties.NAME))
          + Optional.ofNullable(properties.get(ConnectorProperties.ID))
              .map(id -> "/" + id)
              .orElse("");
    }

    ConnectorBinding describeAs(String subsystem, boolean selected) {
      Object ranking = properties.get(Constants.SERVICE_RANKING);
      Object id = properties.get(Constants.SERVICE_ID);
      return new ConnectorBinding(
          subsystem,
          String.valueOf(properties.getOrDefault(ConnectorProperties.NAME, "?")),
          (String) properties.getOrDefault(ConnectorProperties.ID, ""),
          ranking instanceof Integer i ? i : 0,
          id instanceof Long l ? l : -1L,
          selected);
    }
  }
}
