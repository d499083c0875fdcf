package sre.connector.local.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.account.Account;
import sre.api.account.AccountConnector;
import sre.api.connector.ConnectorName;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessRole;

/**
 * SRE's {@code DummyAccount} (with {@code JSONFileAccount}'s optional file): teams from a JSON
 * file, re-read when it changes; without the file everyone is in team {@value
 * Account#DEFAULT_TEAM}.
 *
 * <ul>
 *   <li>{@code teamOf}: a team is its own team; a user or agent belongs to the first team (in file
 *       order) listing it, else {@value Account#DEFAULT_TEAM}.
 *   <li>{@code isTeamMember}: as SRE's DummyAccount, everyone is a member of {@value
 *       Account#DEFAULT_TEAM}; a team only of itself; a user or agent of the teams listing it.
 * </ul>
 *
 * It is a development connector: it trusts whatever the file says.
 */
@Component(service = AccountConnector.class, configurationPid = DummyAccount.PID)
@Designate(ocd = DummyAccountConfig.class)
@ConnectorName("DummyAccount")
public final class DummyAccount implements AccountConnector {

  static final String PID = "sre.connector.local.account";

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final WatchedJsonFile<Map<String, AccountTeam>> file;

  @Activate
  public DummyAccount(BundleContext context, DummyAccountConfig config) {
    this(SreHome.resolve(context, config.file(), "accounts.json"));
  }

  DummyAccount(Path file) {
    this.file =
        new WatchedJsonFile<>(file, "accounts", AccountFile::parse, Map.of(), false, logger);
    this.file.preload();
  }

  @Override
  public CompletionStage<String> teamOf(AccessCandidate candidate) {
    return Answers.now(
        () -> {
          if (candidate.role() == AccessRole.TEAM) {
            return candidate.id();
          }
          for (Map.Entry<String, AccountTeam> team : file.content().entrySet()) {
            if (lists(team.getValue(), candidate)) {
              return team.getKey();
            }
          }
          return Account.DEFAULT_TEAM;
        });
  }

  @Override
  public CompletionStage<Boolean> isTeamMember(String teamId, AccessCandidate candidate) {
    return Answers.now(
        () -> {
          if (Account.DEFAULT_TEAM.equals(teamId)) {
            return true;
          }
          if (candidate.role() == AccessRole.TEAM) {
            return teamId.equals(candidate.id());
          }
          AccountTeam team = file.content().get(teamId);
          return team != null && lists(team, candidate);
        });
  }

  @Override
  public CompletionStage<Optional<String>> teamSetting(String teamId, String key) {
    return Answers.now(
        () ->
            Optional.ofNullable(file.content().get(teamId)).map(team -> team.settings().get(key)));
  }

  private static boolean lists(AccountTeam team, AccessCandidate candidate) {
    return switch (candidate.role()) {
      case USER -> team.users().contains(candidate.id());
      case AGENT -> team.agents().contains(candidate.id());
      default -> false;
    };
  }
}
