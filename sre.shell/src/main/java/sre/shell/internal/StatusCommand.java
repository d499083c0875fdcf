package sre.shell.internal;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import sre.api.runtime.BootStep;
import sre.api.runtime.Readiness;
import sre.api.runtime.Runtime;

/** {@code sre:status}: the six boot steps, what each waits for or has bound, and readiness. */
@Service
@Command(scope = "sre", name = "status", description = "Shows the boot steps and readiness")
public final class StatusCommand implements Action {
  @Reference Runtime runtime;

  @Reference(optional = true)
  Readiness readiness;

  @Override
  public Object execute() {
    print(System.out);
    return null;
  }

  void print(PrintStream out) {
    ShellTable table = new ShellTable();
    table.column("Step").alignRight();
    table.column("Name");
    table.column("State");
    table.column("Bound / waiting for").maxSize(100).wrap();
    for (BootStep step : runtime.steps()) {
      String detail =
          step.done() ? String.join(", ", step.bound()) : String.join(", ", step.waitingFor());
      table.addRow().addContent(step.order(), step.name(), step.state(), detail);
    }
    table.print(out);
    Readiness ready = readiness;
    out.println(
        ready != null && runtime.isReady()
            ? "Readiness: READY in " + ready.bootMillis() + " ms after kernel start"
            : "Readiness: NOT READY");
  }
}
