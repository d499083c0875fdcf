package sre.api.account;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;
import sre.api.security.AccessCandidate;

/** Account subsystem: the kernel and components ask it which team a candidate belongs to. */
@ProviderType
public interface Account {
  /** SRE's default team id. */
  String DEFAULT_TEAM = "default";

  CompletionStage<String> teamOf(AccessCandidate candidate);

  CompletionStage<Boolean> isTeamMember(String teamId, AccessCandidate candidate);

  /** A team setting the candidate may read (its own team's only). */
  CompletionStage<Optional<String>> teamSetting(AccessCandidate candidate, String key);
}
