package sre.api.code;

import org.osgi.annotation.versioning.ProviderType;
import sre.api.security.AccessCandidate;

/**
 * Code subsystem (SRE's {@code Code} service): runs JavaScript in a sandbox on the selected {@link
 * CodeConnector}. The kernel refuses anonymous candidates: code runs only for a known user, agent,
 * team or the system.
 */
@ProviderType
public interface Code {
  CodeRequester requester(AccessCandidate candidate);
}
