package sre.cli.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a subcommand may ask of the running framework. Services are looked up when needed (never
 * injected) so that commands exist while the runtime still boots.
 */
public interface Services {
  /** Waits until a service of this type is registered, or the deadline passes. */
  <T> Optional<T> await(Class<T> type, Deadline deadline);

  /**
   * Waits until a service of this type whose properties match the LDAP {@code filter} is
   * registered, or the deadline passes; its {@code service.id}.
   */
  OptionalLong awaitMatching(Class<?> type, String filter, Deadline deadline);

  /** The service of this type registered right now, if any. */
  <T> Optional<T> current(Class<T> type);

  /**
   * Human-readable reasons the framework is not fully up: bundles that are not active and
   * components whose references are not satisfied. Empty when everything is up.
   */
  List<String> notUp();

  /**
   * True once the framework is stopping (Ctrl-C, SIGTERM): waits then end early and commands should
   * leave without reporting a timeout.
   */
  boolean stopping();

  /** Blocks until the framework stops (Ctrl-C, SIGTERM or a bundle stopping it). */
  void awaitShutdown() throws InterruptedException;

  /** JVM uptime in milliseconds, as the runtime reports its own boot time. */
  long uptimeMillis();

  /**
   * Starts an installed bundle that the runtime keeps stopped until a command needs it (its start
   * level is above the framework's); false when no such bundle is installed.
   */
  boolean startDormantBundle(String symbolicName);
}
