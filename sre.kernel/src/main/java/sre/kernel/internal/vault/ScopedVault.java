package sre.kernel.internal.vault;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.security.AccessCandidate;
import sre.api.vault.VaultConnector;
import sre.api.vault.VaultRequester;
import sre.kernel.internal.security.TeamScope;
import sre.kernel.internal.select.ConnectorIo;

/**
 * Vault reads of one candidate: its team's keys, then the shared team's (when configured).
 * Anonymous candidates read nothing. Values never leave through logs or exception messages.
 */
final class ScopedVault implements VaultRequester {
  private final AccessCandidate candidate;
  private final TeamScope teams;
  private final String sharedTeam;
  private final ConnectorIo<VaultConnector> io;

  ScopedVault(
      AccessCandidate candidate,
      TeamScope teams,
      String sharedTeam,
      ConnectorIo<VaultConnector> io) {
    this.candidate = candidate;
    this.teams = teams;
    this.sharedTeam = sharedTeam;
    this.io = io;
  }

  @Override
  public CompletionStage<Optional<String>> get(String keyName) {
    if (keyName == null || keyName.isBlank()) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("Vault key name must not be blank"));
    }
    return teams
        .teamOf(candidate, "vault:" + keyName)
        .thenCompose(
            team ->
                io.call(c -> c.get(team, keyName))
                    .thenCompose(
                        found ->
                            found.isPresent() || sharedTeam == null || sharedTeam.equals(team)
                                ? CompletableFuture.completedFuture(found)
                                : io.call(c -> c.get(sharedTeam, keyName))));
  }

  @Override
  public CompletionStage<Boolean> exists(String keyName) {
    return get(keyName).thenApply(Optional::isPresent);
  }

  @Override
  public CompletionStage<List<String>> listKeys() {
    return teams
        .teamOf(candidate, "vault:*")
        .thenCompose(team -> io.call(c -> c.listKeys(team)))
        .thenApply(keys -> keys.stream().sorted().toList());
  }
}
