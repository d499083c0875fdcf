package sre.api.agent;

import org.osgi.annotation.versioning.ConsumerType;

/** Receives the events of a run in order. Called on the run's thread: return quickly. */
@ConsumerType
@FunctionalInterface
public interface RunListener {
  RunListener NONE = e -> {};

  void onEvent(RunEvent event);
}
