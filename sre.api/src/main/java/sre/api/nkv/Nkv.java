package sre.api.nkv;

import org.osgi.annotation.versioning.ProviderType;
import sre.api.security.AccessCandidate;

/**
 * Namespaced key-value subsystem. Data is scoped to the candidate's team (SRE's {@code
 * team_<id>:<ns>:<key>}): two teams never see each other's namespaces.
 */
@ProviderType
public interface Nkv {
  NkvRequester requester(AccessCandidate candidate);
}
