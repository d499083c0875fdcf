package sre.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import sre.api.connector.ConnectorProperties;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.Runtime;
import sre.api.runtime.Subsystems;
import sre.api.vault.VaultConnector;

/**
 * Points the JSON file vault connector at a file the operator's way: through ConfigAdmin (PID
 * {@value #PID}, key {@code file}), then waits until a connector serving that file is registered
 * and the kernel's Vault routes to it. The configuration lives in the framework's storage, which is
 * per process, so it never outlives the command.
 */
final class VaultConfiguration {
  static final String PID = "sre.connector.local.vault";
  private static final String CONNECTOR = "JSONFileVault";
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private final Services services;

  VaultConfiguration(Services services) {
    this.services = services;
  }

  /** Serves {@code file} as the vault before returning, or fails naming what did not happen. */
  void use(Path file, Deadline deadline) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute)) {
      throw CommandFailure.failed("no such vault file: " + file);
    }
    ConfigurationAdmin admin =
        services
            .await(ConfigurationAdmin.class, deadline)
            .orElseThrow(() -> CommandFailure.failed("no ConfigurationAdmin service"));
    try {
      // "?" binds the configuration to no single bundle, as FileInstall's configurations are.
      Configuration config = admin.getConfiguration(PID, "?");
      Dictionary<String, Object> properties =
          Optional.ofNullable(config.getProperties()).orElseGet(Hashtable::new);
      properties.put("file", absolute.toString());
      config.update(properties);
    } catch (IOException e) {
      throw CommandFailure.failed("cannot configure " + PID + ": " + e.getMessage());
    }
    // Component properties carry the configuration, so the new connector is told by its 'file'.
    String filter =
        "(&("
            + ConnectorProperties.NAME
            + "="
            + CONNECTOR
            + ")(file="
            + ldapEscape(absolute.toString())
            + "))";
    OptionalLong connector = services.awaitMatching(VaultConnector.class, filter, deadline);
    if (connector.isEmpty()) {
      throw CommandFailure.failed(
          "the " + CONNECTOR + " connector did not take " + file + " in time (see 'sre status')");
    }
    awaitServing(connector.getAsLong(), deadline, file);
  }

  /** The kernel rebinds on the registration event; polled because that happens on its thread. */
  private void awaitServing(long serviceId, Deadline deadline, Path file) {
    while (!serving(serviceId)) {
      if (services.stopping()) {
        throw CommandFailure.stopped();
      }
      if (deadline.remainingMillis() == 0) {
        throw CommandFailure.failed(
            "the Vault did not switch to the connector serving " + file + " in time");
      }
      LockSupport.parkNanos(POLL_NANOS);
    }
  }

  private boolean serving(long serviceId) {
    return services.current(Runtime.class).stream()
        .flatMap(runtime -> runtime.connectors().stream())
        .anyMatch(
            (ConnectorBinding b) ->
                b.subsystem().equals(Subsystems.VAULT)
                    && b.selected()
                    && b.serviceId() == serviceId);
  }

  /** RFC 4515 escaping of a filter value (a path may hold parentheses or backslashes). */
  static String ldapEscape(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      if (c == '\\' || c == '*' || c == '(' || c == ')') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
