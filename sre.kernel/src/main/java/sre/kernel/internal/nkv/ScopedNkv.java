package sre.kernel.internal.nkv;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import sre.api.nkv.NkvConnector;
import sre.api.nkv.NkvEntry;
import sre.api.nkv.NkvRequester;
import sre.api.security.AccessCandidate;
import sre.kernel.internal.security.TeamScope;
import sre.kernel.internal.select.ConnectorIo;

/**
 * NKV calls of one candidate, in the candidate's team scope {@code team_<id>} (SRE's layout). Team
 * scoping is the access rule: members of a team share its namespaces; other teams cannot name them.
 */
final class ScopedNkv implements NkvRequester {
  private final AccessCandidate candidate;
  private final TeamScope teams;
  private final ConnectorIo<NkvConnector> io;

  ScopedNkv(AccessCandidate candidate, TeamScope teams, ConnectorIo<NkvConnector> io) {
    this.candidate = candidate;
    this.teams = teams;
    this.io = io;
  }

  @Override
  public CompletionStage<Optional<String>> get(String namespace, String key) {
    return inScope(namespace, key, scope -> io.call(c -> c.get(scope, namespace, key)));
  }

  @Override
  public CompletionStage<Void> set(String namespace, String key, String value) {
    if (value == null) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("NKV value must not be null"));
    }
    return inScope(namespace, key, scope -> io.call(c -> c.set(scope, namespace, key, value)));
  }

  @Override
  public CompletionStage<Void> delete(String namespace, String key) {
    return inScope(namespace, key, scope -> io.call(c -> c.delete(scope, namespace, key)));
  }

  @Override
  public CompletionStage<Boolean> exists(String namespace, String key) {
    return inScope(namespace, key, scope -> io.call(c -> c.exists(scope, namespace, key)));
  }

  @Override
  public CompletionStage<List<NkvEntry>> list(String namespace) {
    return inScope(namespace, "*", scope -> io.call(c -> c.list(scope, namespace)));
  }

  @Override
  public CompletionStage<Void> deleteAll(String namespace) {
    return inScope(namespace, "*", scope -> io.call(c -> c.deleteAll(scope, namespace)));
  }

  private <T> CompletionStage<T> inScope(
      String namespace, String key, Function<String, CompletionStage<T>> action) {
    if (namespace == null || namespace.isBlank() || key == null || key.isBlank()) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("NKV namespace and key must be non-empty strings"));
    }
    return teams
        .teamOf(candidate, "nkv:" + namespace + ":" + key)
        .thenCompose(team -> action.apply("team_" + team));
  }
}
