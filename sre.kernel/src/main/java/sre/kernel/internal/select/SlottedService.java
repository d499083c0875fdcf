package sre.kernel.internal.select;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import sre.api.runtime.ConnectorBinding;

/**
 * Base of every kernel subsystem service: one {@link ConnectorSlot} fed by the subclass's greedy
 * dynamic reference, and the drain timeout from its configuration.
 */
public abstract class SlottedService<C> implements SubsystemService {
  private final ConnectorSlot<C> slot;
  private volatile Duration drainTimeout = Duration.ofSeconds(10);

  protected SlottedService(String subsystem) {
    this.slot = new ConnectorSlot<>(subsystem);
  }

  protected final void drainTimeout(long millis) {
    this.drainTimeout = Duration.ofMillis(millis);
  }

  protected final void bindTo(C connector, Map<String, Object> properties) {
    slot.bind(connector, properties);
  }

  protected final void unbindFrom(C connector) {
    slot.unbind(connector, drainTimeout);
  }

  /** Runs one operation on the selected connector (counted in flight until it completes). */
  protected final <T> CompletionStage<T> io(Function<C, CompletionStage<T>> operation) {
    return slot.call(operation);
  }

  /** {@link #io} as a value, for the per-candidate requesters. */
  protected final ConnectorIo<C> connectorIo() {
    return slot::call;
  }

  @Override
  public final String subsystem() {
    return slot.subsystem();
  }

  @Override
  public final Optional<ConnectorBinding> selected() {
    return slot.selected();
  }
}
