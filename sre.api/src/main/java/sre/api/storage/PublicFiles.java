package sre.api.storage;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;
import sre.api.security.AccessCandidate;

/**
 * Public links to stored files (SmythFS, spec §3.6), served by the HTTP router: temporary links
 * ({@code <base>/_temp/<hash>/<uid>}) that expire or are destroyed once used, and lasting resource
 * links ({@code <base>/storage/<hash>/<uid>.<ext>}). A link reads its file with the rights of the
 * candidate that made it, so a file the candidate may no longer read is no longer served. Without a
 * router the base is {@code http://nullrouter.local}, as in SRE.
 *
 * @since 1.1
 */
@ProviderType
public interface PublicFiles {
  /**
   * A link to {@code resourceId} valid for {@code ttl}; fails when {@code owner} cannot see the
   * file.
   */
  CompletionStage<String> temporaryUrl(AccessCandidate owner, String resourceId, Duration ttl);

  /**
   * A lasting link to an agent's file, ending in {@code .<extension>} (none when empty). Only agent
   * candidates publish these.
   */
  CompletionStage<String> resourceUrl(AccessCandidate agent, String resourceId, String extension);

  /** Ends a link made here; {@code deleteFile} also deletes the file it pointed to. */
  CompletionStage<Void> destroy(String url, boolean deleteFile);

  /**
   * What a link's path ({@code /_temp/<hash>/<uid>} or {@code /storage/<hash>/<uid>.<ext>}) serves;
   * empty when the link is unknown, expired or its file gone.
   */
  CompletionStage<Optional<PublicFile>> open(String path);
}
