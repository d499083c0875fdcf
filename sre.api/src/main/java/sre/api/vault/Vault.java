package sre.api.vault;

import org.osgi.annotation.versioning.ProviderType;
import sre.api.security.AccessCandidate;

/**
 * Vault subsystem: secrets per team. The candidate's team (from the Account subsystem) decides
 * which keys it sees; a configured shared team's keys are visible read-only to every team.
 */
@ProviderType
public interface Vault {
  VaultRequester requester(AccessCandidate candidate);
}
