package sre.shell.internal;

import java.time.Duration;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;

/**
 * {@code sre:vault-keys [team]}: the key names of a team's vault, never their values. Runs as that
 * team's candidate, so the kernel's access rules apply as for any caller; without a team, as the
 * system candidate (the keys connectors read, e.g. {@code redis-password}).
 */
@Service
@Command(
    scope = "sre",
    name = "vault-keys",
    description = "Lists the vault key names (never values) of a team, or of the system candidate")
public final class VaultKeysCommand implements Action {
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  @Reference Vault vault;

  @Argument(index = 0, name = "team", description = "Team id; omitted: the system candidate")
  String team;

  @Override
  public Object execute() throws Exception {
    AccessCandidate candidate =
        team == null ? AccessCandidate.system() : AccessCandidate.team(team);
    List<String> keys = Await.result(vault.requester(candidate).listKeys(), TIMEOUT);
    ShellTable table = new ShellTable().emptyTableText("no keys for " + candidate);
    table.column("Key (" + candidate + ")");
    keys.forEach(k -> table.addRow().addContent(k));
    table.print(System.out);
    return null;
  }
}
