package sre.kernel.internal.security;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import sre.api.account.Account;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessRole;
import sre.kernel.internal.select.ConnectorUnavailableException;

/**
 * The team a candidate acts in, for subsystems scoped by team (NKV, Vault). Anonymous candidates
 * have none and are refused; the system candidate acts in the reserved team {@value #SYSTEM_TEAM}.
 */
public final class TeamScope {
  public static final String SYSTEM_TEAM = "system";

  private final Supplier<Account> account;

  public TeamScope(Supplier<Account> account) {
    this.account = account;
  }

  public CompletionStage<String> teamOf(AccessCandidate candidate, String resource) {
    if (candidate.role() == AccessRole.PUBLIC) {
      return CompletableFuture.failedFuture(new AccessDeniedException(candidate.read(resource)));
    }
    if (candidate.role() == AccessRole.SYSTEM) {
      return CompletableFuture.completedFuture(SYSTEM_TEAM);
    }
    if (candidate.role() == AccessRole.TEAM) {
      return CompletableFuture.completedFuture(candidate.id());
    }
    Account a = account.get();
    if (a == null) {
      return CompletableFuture.failedFuture(new ConnectorUnavailableException("Account"));
    }
    return a.teamOf(candidate);
  }
}
