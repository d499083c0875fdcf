package sre.router.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import sre.api.account.Account;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessRole;

/**
 * Who may call an agent over HTTP: anyone when the agent is public ({@code auth.method: "none"}),
 * otherwise a candidate that is a member of the agent's team (the Account subsystem's {@code
 * teamOf(agent)}). Anonymous callers of a private agent get 401, other teams' users 403.
 */
final class AgentAccess {
  private final Supplier<Account> account;

  AgentAccess(Supplier<Account> account) {
    this.account = account;
  }

  /** Completes normally when allowed, exceptionally with an {@link HttpProblem} otherwise. */
  CompletionStage<Void> check(AccessCandidate caller, AgentSpec agent) {
    return allowed(caller, agent)
        .thenAccept(
            ok -> {
              if (!ok) {
                throw caller.role() == AccessRole.PUBLIC
                    ? new HttpProblem(
                        401, "Agent '" + agent.id() + "' needs an API key", ApiKeys.challenge())
                    : new HttpProblem(
                        403,
                        "Access denied: " + caller + " may not call agent '" + agent.id() + "'");
              }
            });
  }

  CompletionStage<Boolean> allowed(AccessCandidate caller, AgentSpec agent) {
    if (agent.isPublic() || caller.role() == AccessRole.SYSTEM) {
      return CompletableFuture.completedFuture(true);
    }
    if (caller.role() == AccessRole.PUBLIC) {
      return CompletableFuture.completedFuture(false);
    }
    Account a = account.get();
    if (a == null) {
      return CompletableFuture.failedFuture(
          new HttpProblem(503, "Account subsystem unavailable: access cannot be checked"));
    }
    return a.teamOf(AccessCandidate.agent(agent.id()))
        .thenCompose(team -> a.isTeamMember(team, caller));
  }
}
