package sre.api.runtime;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Present in the service registry only while every required subsystem is bound. Depend on it
 * (mandatory reference) to start after boot and stop when the runtime loses a subsystem.
 */
@ProviderType
public interface Readiness {
  /** Milliseconds from kernel activation to the moment readiness was last reached. */
  long bootMillis();
}
