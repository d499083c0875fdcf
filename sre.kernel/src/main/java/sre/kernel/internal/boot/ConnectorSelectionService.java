package sre.kernel.internal.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.ConnectorSelection;
import sre.api.runtime.Runtime;
import sre.api.runtime.Subsystems;

/**
 * Switches a subsystem's connector through ConfigAdmin (the same change an operator makes in {@code
 * etc/sre.<subsystem>.cfg}), then waits, without holding a thread, until the subsystem routes to
 * it.
 */
@Component
public final class ConnectorSelectionService implements ConnectorSelection {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration POLL = Duration.ofMillis(10);

  /** Subsystem (lower case) → configuration PID and target property of its kernel service. */
  private static final Map<String, String[]> TARGETS =
      Map.of(
          "storage", new String[] {"sre.storage", "connector.target", Subsystems.STORAGE},
          "cache", new String[] {"sre.cache", "connector.target", Subsystems.CACHE},
          "nkv", new String[] {"sre.nkv", "connector.target", Subsystems.NKV},
          "vault", new String[] {"sre.vault", "connector.target", Subsystems.VAULT},
          "log", new String[] {"sre.log", "connector.target", Subsystems.LOG},
          "vectordb", new String[] {"sre.vectordb", "connector.target", Subsystems.VECTOR_DB},
          "account", new String[] {"sre.account", "connector.target", Subsystems.ACCOUNT},
          "code", new String[] {"sre.code", "connector.target", Subsystems.CODE});

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final ConfigurationAdmin configAdmin;
  private final Runtime runtime;

  @Activate
  public ConnectorSelectionService(
      @Reference ConfigurationAdmin configAdmin, @Reference Runtime runtime) {
    this.configAdmin = configAdmin;
    this.runtime = runtime;
  }

  @Override
  public CompletionStage<ConnectorBinding> use(String subsystem, String connectorName) {
    String[] target = TARGETS.get(subsystem.toLowerCase(Locale.ROOT));
    if (target == null) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException(
              "Unknown subsystem '"
                  + subsystem
                  + "'; one of "
                  + String.join(", ", TARGETS.keySet().stream().sorted().toList())));
    }
    if (!connectorName.matches("[A-Za-z0-9._-]+")) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("Invalid connector name '" + connectorName + "'"));
    }
    String filter = "(" + sre.api.connector.ConnectorProperties.NAME + "=" + connectorName + ")";
    try {
      Filter parsed = FrameworkUtil.createFilter(filter);
      Configuration config = configAdmin.getConfiguration(target[0], "?");
      Dictionary<String, Object> props =
          Optional.ofNullable(config.getProperties()).orElseGet(Hashtable::new);
      props.put(target[1], parsed.toString());
      config.update(props);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidSyntaxException e) {
      return CompletableFuture.failedFuture(new IllegalArgumentException(e.getMessage(), e));
    }
    logger.info("{}: selecting connector {}", target[2], connectorName);
    return awaitSelected(target[2], connectorName, System.nanoTime() + TIMEOUT.toNanos());
  }

  private CompletionStage<ConnectorBinding> awaitSelected(
      String subsystem, String name, long deadline) {
    Optional<ConnectorBinding> now =
        runtime.connectors().stream()
            .filter(
                b ->
                    b.subsystem().equals(subsystem)
                        && b.selected()
                        && b.connectorName().equals(name))
            .findFirst();
    if (now.isPresent()) {
      return CompletableFuture.completedFuture(now.get());
    }
    if (System.nanoTime() > deadline) {
      return CompletableFuture.failedFuture(
          new TimeoutException(
              subsystem
                  + ": no connector named '"
                  + name
                  + "' took over within "
                  + TIMEOUT.toSeconds()
                  + " s (is it installed and active?)"));
    }
    Executor later = CompletableFuture.delayedExecutor(POLL.toMillis(), TimeUnit.MILLISECONDS);
    return CompletableFuture.supplyAsync(() -> null, later)
        .thenCompose(v -> awaitSelected(subsystem, name, deadline));
  }
}
