package sre.api.cache;

import org.osgi.annotation.versioning.ProviderType;
import sre.api.security.AccessCandidate;

/** Cache subsystem, as callers see it; the kernel checks access and picks the connector. */
@ProviderType
public interface Cache {
  CacheRequester requester(AccessCandidate candidate);
}
