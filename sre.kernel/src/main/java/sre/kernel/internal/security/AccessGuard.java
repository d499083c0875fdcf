package sre.kernel.internal.security;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import sre.api.account.Account;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessRequest;
import sre.api.security.AccessRole;
import sre.api.security.Acl;

/**
 * Applies {@link AccessPolicy} to a request, asking the Account subsystem for the candidate's team
 * only when the candidate's own and the public entries did not decide.
 */
public final class AccessGuard {
  private final Supplier<Account> account;

  /**
   * @param account the bound Account service, or null while none is bound
   */
  public AccessGuard(Supplier<Account> account) {
    this.account = account;
  }

  /**
   * Completes normally when allowed, exceptionally with {@link AccessDeniedException} otherwise.
   */
  public CompletionStage<Void> check(AccessRequest request, Acl acl, boolean exists) {
    if (AccessPolicy.allows(request, acl, exists, Optional.empty())) {
      return CompletableFuture.completedFuture(null);
    }
    Account a = account.get();
    AccessRole role = request.candidate().role();
    if (a == null || role == AccessRole.PUBLIC || acl.entries().get(AccessRole.TEAM) == null) {
      return CompletableFuture.failedFuture(new AccessDeniedException(request));
    }
    return a.teamOf(request.candidate())
        .thenCompose(
            team ->
                AccessPolicy.allows(request, acl, exists, Optional.of(team))
                    ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.failedFuture(new AccessDeniedException(request)));
  }
}
