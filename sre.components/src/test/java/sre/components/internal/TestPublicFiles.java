package sre.components.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import sre.api.security.AccessCandidate;
import sre.api.storage.PublicFile;
import sre.api.storage.PublicFiles;

/** Public links for component tests: numbered links, every call recorded. */
final class TestPublicFiles implements PublicFiles {
  record Made(AccessCandidate owner, String resourceId, String url) {}

  final List<Made> made = new CopyOnWriteArrayList<>();
  final List<String> destroyed = new CopyOnWriteArrayList<>();

  @Override
  public CompletionStage<String> temporaryUrl(
      AccessCandidate owner, String resourceId, Duration ttl) {
    String url = "http://files.test/_temp/abc123/link-" + (made.size() + 1);
    made.add(new Made(owner, resourceId, url));
    return CompletableFuture.completedFuture(url);
  }

  @Override
  public CompletionStage<String> resourceUrl(
      AccessCandidate owner, String resourceId, String extension) {
    String url = "http://files.test/storage/abc123/res-" + (made.size() + 1) + "." + extension;
    made.add(new Made(owner, resourceId, url));
    return CompletableFuture.completedFuture(url);
  }

  @Override
  public CompletionStage<Void> destroy(String url, boolean deleteFile) {
    destroyed.add(url);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<Optional<PublicFile>> open(String path) {
    return CompletableFuture.completedFuture(Optional.empty());
  }
}
