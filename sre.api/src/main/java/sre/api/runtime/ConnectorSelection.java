package sre.api.runtime;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Switches the connector serving a subsystem, by configuration (the subsystem's {@code
 * connector.target}), as an operator would with {@code config:edit}. New calls move to the chosen
 * connector; calls in flight finish on the old one.
 */
@ProviderType
public interface ConnectorSelection {
  /**
   * Selects connector {@code connectorName} (e.g. {@code Redis}) for {@code subsystem} (e.g. {@code
   * Cache}; case-insensitive). Completes with the new binding once the subsystem routes to it, or
   * fails with {@link IllegalArgumentException} for an unknown subsystem and with {@link
   * java.util.concurrent.TimeoutException} when no such connector takes over within the timeout.
   */
  CompletionStage<ConnectorBinding> use(String subsystem, String connectorName);
}
