package sre.shell.internal;

import java.util.List;
import java.util.TreeSet;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.Runtime;

/** Completes the names of the connectors registered right now (e.g. RAM, Redis, S3). */
@Service
public final class ConnectorNameCompleter implements Completer {
  @Reference Runtime runtime;

  @Override
  public int complete(Session session, CommandLine commandLine, List<String> candidates) {
    TreeSet<String> names = new TreeSet<>();
    for (ConnectorBinding b : runtime.connectors()) {
      names.add(b.connectorName());
    }
    return new StringsCompleter(names).complete(session, commandLine, candidates);
  }
}
