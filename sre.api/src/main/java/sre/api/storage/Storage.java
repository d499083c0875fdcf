package sre.api.storage;

import org.osgi.annotation.versioning.ProviderType;
import sre.api.security.AccessCandidate;

/**
 * Storage subsystem, as callers see it. The kernel provides it; it picks the configured {@link
 * StorageConnector} and checks the caller's access on every call.
 */
@ProviderType
public interface Storage {
  /** Operations performed as {@code candidate}, each checked against the resource's ACL. */
  StorageRequester requester(AccessCandidate candidate);
}
