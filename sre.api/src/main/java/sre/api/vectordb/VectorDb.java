package sre.api.vectordb;

import org.osgi.annotation.versioning.ProviderType;
import sre.api.security.AccessCandidate;

/** Vector database subsystem; namespaces are private to the candidate that creates them. */
@ProviderType
public interface VectorDb {
  VectorDbRequester requester(AccessCandidate candidate);
}
