package sre.api.account;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;
import sre.api.security.AccessCandidate;

/** Account backend SPI: team membership and settings. */
@ConsumerType
public interface AccountConnector {
  /**
   * The team of a user or agent; a team candidate's team is itself. Unknown → {@link
   * Account#DEFAULT_TEAM}.
   */
  CompletionStage<String> teamOf(AccessCandidate candidate);

  CompletionStage<Boolean> isTeamMember(String teamId, AccessCandidate candidate);

  /** A team setting, empty when absent. */
  CompletionStage<Optional<String>> teamSetting(String teamId, String key);
}
