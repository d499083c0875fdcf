package sre.api.runtime;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The kernel's view of itself: the six boot steps and which connectors serve each subsystem. The
 * {@link Readiness} service is registered exactly while {@link #isReady()} holds.
 */
@ProviderType
public interface Runtime {
  /** Boot steps in order: core services, agents, HTTP, LLM and vectors, accounts, readiness. */
  List<BootStep> steps();

  /** Every connector service of every subsystem, the selected ones flagged. */
  List<ConnectorBinding> connectors();

  boolean isReady();
}
