package sre.components.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.component.RunContext;
import sre.api.component.support.TemplateString;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;

/** Vault look-ups with the run's team candidate (spec §3.7), for templates and API keys. */
final class TeamVault {
  private TeamVault() {}

  /** Resolves every {@code {{KEY(name)}}} of {@code text} (SRE's {@code parseTeamKeysAsync}). */
  static CompletionStage<String> resolve(RunContext run, String text) {
    if (!TemplateString.hasVaultKey(text)) {
      return CompletableFuture.completedFuture(text);
    }
    return TemplateString.resolveVaultKeys(text, name -> get(run, name));
  }

  /** One key of the team's vault; empty when absent or when no Vault service runs. */
  static CompletionStage<Optional<String>> get(RunContext run, String name) {
    Vault vault = run.service(Vault.class);
    if (vault == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("No Vault service"));
    }
    return vault.requester(AccessCandidate.team(run.teamId())).get(name);
  }
}
