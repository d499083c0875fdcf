package sre.kernel.internal.account;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.account.Account;
import sre.api.account.AccountConnector;
import sre.api.runtime.Subsystems;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessRole;
import sre.kernel.internal.select.SlottedService;
import sre.kernel.internal.select.SubsystemService;

/** Account subsystem: team membership through the selected AccountConnector. */
@Component(
    service = {Account.class, SubsystemService.class},
    configurationPid = "sre.account")
@Designate(ocd = AccountConfig.class)
public final class AccountService extends SlottedService<AccountConnector> implements Account {
  @Activate
  public AccountService(AccountConfig config) {
    super(Subsystems.ACCOUNT);
    modified(config);
  }

  @Modified
  void modified(AccountConfig config) {
    drainTimeout(config.drain_timeout_ms());
  }

  @Reference(
      name = "connector",
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      updated = "updatedConnector")
  void bindConnector(AccountConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void updatedConnector(AccountConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void unbindConnector(AccountConnector c) {
    unbindFrom(c);
  }

  @Override
  public CompletionStage<String> teamOf(AccessCandidate candidate) {
    if (candidate.role() == AccessRole.TEAM) {
      return CompletableFuture.completedFuture(candidate.id());
    }
    return io(c -> c.teamOf(candidate));
  }

  @Override
  public CompletionStage<Boolean> isTeamMember(String teamId, AccessCandidate candidate) {
    if (candidate.role() == AccessRole.SYSTEM) {
      return CompletableFuture.completedFuture(true);
    }
    return io(c -> c.isTeamMember(teamId, candidate));
  }

  @Override
  public CompletionStage<Optional<String>> teamSetting(AccessCandidate candidate, String key) {
    if (candidate.role() == AccessRole.PUBLIC) {
      return CompletableFuture.failedFuture(
          new AccessDeniedException(candidate.read("team-setting:" + key)));
    }
    return teamOf(candidate).thenCompose(team -> io(c -> c.teamSetting(team, key)));
  }
}
