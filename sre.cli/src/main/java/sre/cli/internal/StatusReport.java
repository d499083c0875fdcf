package sre.cli.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import sre.api.runtime.BootStep;
import sre.api.runtime.ConnectorBinding;

/** Renders what {@code sre status} shows: boot steps, readiness and connector bindings. */
final class StatusReport {
  private final List<BootStep> steps;
  private final List<ConnectorBinding> connectors;
  private final OptionalLong bootMillis;
  private final long uptimeMillis;

  /**
   * @param bootMillis the kernel's own boot time, present only when the runtime is ready
   * @param uptimeMillis JVM uptime when readiness was observed (or when waiting stopped)
   */
  StatusReport(
      List<BootStep> steps,
      List<ConnectorBinding> connectors,
      OptionalLong bootMillis,
      long uptimeMillis) {
    this.steps = List.copyOf(steps);
    this.connectors = List.copyOf(connectors);
    this.bootMillis = bootMillis;
    this.uptimeMillis = uptimeMillis;
  }

  boolean ready() {
    return bootMillis.isPresent();
  }

  /**
   * The services the steps still wait for, in step order, without duplicates. Steps waiting for
   * other steps (readiness waits for all of them) add nothing: the services behind them are named.
   */
  Set<String> waitingFor() {
    Set<String> waiting = new LinkedHashSet<>();
    steps.stream()
        .sorted(Comparator.comparingInt(BootStep::order))
        .forEach(step -> waiting.addAll(step.waitingFor()));
    steps.forEach(step -> waiting.remove(step.name()));
    return waiting;
  }

  String render() {
    return "Boot steps\n"
        + stepTable()
        + "\n"
        + readinessLine()
        + "\n\nConnectors\n"
        + connectorTable();
  }

  private String stepTable() {
    TextTable table = new TextTable("#", "STEP", "STATE", "DETAIL");
    steps.stream()
        .sorted(Comparator.comparingInt(BootStep::order))
        .forEach(step -> table.row(step.order(), step.name(), step.state(), detail(step)));
    return table.render("  ");
  }

  private static String detail(BootStep step) {
    if (!step.waitingFor().isEmpty()) {
      return "waiting for " + String.join(", ", step.waitingFor());
    }
    return step.bound().isEmpty() ? "-" : String.join(", ", step.bound());
  }

  private String readinessLine() {
    if (bootMillis.isPresent()) {
      return "Readiness: READY in "
          + bootMillis.getAsLong()
          + " ms after kernel start, JVM uptime "
          + uptimeMillis
          + " ms";
    }
    Set<String> waiting = waitingFor();
    return "Readiness: NOT READY"
        + (waiting.isEmpty() ? "" : ", waiting for " + String.join(", ", waiting));
  }

  private String connectorTable() {
    if (connectors.isEmpty()) {
      return "  (no connector registered)\n";
    }
    TextTable table = new TextTable("SUBSYSTEM", "CONNECTOR", "INSTANCE", "RANKING", "ROLE");
    connectors.stream()
        .sorted(
            Comparator.comparing(ConnectorBinding::subsystem)
                .thenComparing(ConnectorBinding::selected, Comparator.reverseOrder())
                .thenComparing(ConnectorBinding::ranking, Comparator.reverseOrder()))
        .forEach(
            c ->
                table.row(
                    c.subsystem(),
                    c.connectorName(),
                    c.instanceId() == null || c.instanceId().isBlank() ? "-" : c.instanceId(),
                    c.ranking(),
                    c.selected() ? "serving" : "standby"));
    return table.render("  ");
  }
}
