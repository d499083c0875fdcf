package sre.kernel.internal.select;

import java.util.Optional;
import sre.api.runtime.ConnectorBinding;

/**
 * Kernel-internal view of a subsystem service, registered beside its public interface so the
 * runtime can report which connector serves it.
 */
public interface SubsystemService {
  String subsystem();

  Optional<ConnectorBinding> selected();
}
