package sre.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the subsystems whose connector {@code sre:connector-use} can switch. */
@Service
public final class SubsystemCompleter implements Completer {
  /** As {@code ConnectorSelection} accepts them (lower case; matching is case-insensitive). */
  static final List<String> SUBSYSTEMS =
      List.of("storage", "cache", "nkv", "vault", "log", "vectordb", "account", "code");

  @Override
  public int complete(Session session, CommandLine commandLine, List<String> candidates) {
    return new StringsCompleter(SUBSYSTEMS, false).complete(session, commandLine, candidates);
  }
}
