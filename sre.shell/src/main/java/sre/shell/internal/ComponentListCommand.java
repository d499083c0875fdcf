package sre.shell.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import sre.api.component.Component;
import sre.api.component.ComponentName;

/**
 * {@code sre:component-list}: the workflow components in the service registry, by SRE name, with
 * the bundle providing each (the engine resolves names per run, so this is what the next run uses).
 */
@Service
@Command(
    scope = "sre",
    name = "component-list",
    description = "Lists the workflow components by SRE name and the bundle providing each")
public final class ComponentListCommand implements Action {
  @Reference BundleContext bundleContext;

  /** One registered component name. */
  record Row(String name, String bundle, long bundleId, long serviceId, int ranking) {}

  @Override
  public Object execute() throws InvalidSyntaxException {
    ShellTable table = new ShellTable().emptyTableText("no components");
    table.column("Component");
    table.column("Bundle");
    table.column("Bundle id").alignRight();
    table.column("Service id").alignRight();
    table.column("Ranking").alignRight();
    for (Row r : rows()) {
      table.addRow().addContent(r.name(), r.bundle(), r.bundleId(), r.serviceId(), r.ranking());
    }
    table.print(System.out);
    return null;
  }

  List<Row> rows() throws InvalidSyntaxException {
    ServiceReference<?>[] refs =
        bundleContext.getAllServiceReferences(
            Component.class.getName(), "(" + ComponentName.PROPERTY + "=*)");
    List<Row> rows = new ArrayList<>();
    for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
      Bundle bundle = ref.getBundle();
      if (bundle == null) {
        continue; // unregistered while we list
      }
      Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
      for (String name : names(ref.getProperty(ComponentName.PROPERTY))) {
        rows.add(
            new Row(
                name,
                bundle.getSymbolicName() + " " + bundle.getVersion(),
                bundle.getBundleId(),
                (Long) ref.getProperty(Constants.SERVICE_ID),
                ranking instanceof Integer i ? i : 0));
      }
    }
    rows.sort(
        Comparator.comparing(Row::name).thenComparing(Row::ranking, Comparator.reverseOrder()));
    return rows;
  }

  private static List<String> names(Object property) {
    if (property instanceof String[] array) {
      return Arrays.asList(array);
    }
    return List.of(String.valueOf(property));
  }
}
