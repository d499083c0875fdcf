package sre.kernel.internal.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import sre.api.cache.Cache;
import sre.api.cache.CacheRequester;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.Router;
import sre.api.runtime.Runtime;
import sre.api.runtime.Subsystems;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessRole;
import sre.api.storage.PublicFile;
import sre.api.storage.PublicFiles;
import sre.api.storage.Storage;

/**
 * Public links as SmythFS makes them (spec §3.6): a link is a random uid recorded in the Cache
 * (system candidate: no agent can read or forge a record) with who made it and which file;
 * temporary links carry the Cache TTL, resource links none. The {@code <hash>} segment is SRE's:
 * the first six hex digits of SHA-256 of {@code <storage connector>:<cache connector>}, so links
 * made against other backends are not looked up in these.
 */
@Component(service = PublicFiles.class)
public final class PublicFilesService implements PublicFiles {
  static final String NO_ROUTER = "http://nullrouter.local";

  private final Storage storage;
  private final Cache cache;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile Router router;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile Runtime runtime;

  @org.osgi.service.component.annotations.Activate
  public PublicFilesService(@Reference Storage storage, @Reference Cache cache) {
    this.storage = storage;
    this.cache = cache;
  }

  @Override
  public CompletionStage<String> temporaryUrl(
      AccessCandidate owner, String resourceId, Duration ttl) {
    return storage
        .requester(owner)
        .exists(resourceId)
        .thenCompose(
            exists -> {
              if (!exists) {
                throw new IllegalArgumentException("File not found: " + resourceId);
              }
              String uid = UUID.randomUUID().toString();
              PublicLinkPath path = new PublicLinkPath(true, hash(), uid, uid);
              return records()
                  .set(
                      path.cacheKey(),
                      new PublicLink(owner, resourceId).encode(),
                      Math.max(1, ttl.toSeconds()))
                  .thenApply(v -> base() + PublicLinkPath.TEMP + path.hash() + "/" + uid);
            });
  }

  @Override
  public CompletionStage<String> resourceUrl(
      AccessCandidate owner, String resourceId, String extension) {
    if (owner.role() == AccessRole.PUBLIC) {
      return CompletableFuture.failedFuture(new AccessDeniedException(owner.read(resourceId)));
    }
    String uid = UUID.randomUUID().toString();
    String file = extension == null || extension.isEmpty() ? uid : uid + "." + extension;
    PublicLinkPath path = new PublicLinkPath(false, hash(), uid, file);
    return records()
        .set(path.cacheKey(), new PublicLink(owner, resourceId).encode())
        .thenApply(v -> base() + PublicLinkPath.STORAGE + path.hash() + "/" + file);
  }

  @Override
  public CompletionStage<Void> destroy(String url, boolean deleteFile) {
    Optional<PublicLinkPath> path = PublicLinkPath.parse(url);
    if (path.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    CacheRequester records = records();
    String key = path.get().cacheKey();
    return records
        .get(key)
        .thenCompose(
            raw -> {
              Optional<PublicLink> link = raw.flatMap(PublicLink::decode);
              CompletionStage<Void> file =
                  deleteFile && link.isPresent()
                      ? storage.requester(link.get().owner()).delete(link.get().resourceId())
                      : CompletableFuture.completedFuture(null);
              return file.thenCompose(v -> records.delete(key));
            });
  }

  @Override
  public CompletionStage<Optional<PublicFile>> open(String path) {
    Optional<PublicLinkPath> parsed = PublicLinkPath.parse(path);
    if (parsed.isEmpty() || !parsed.get().hash().equals(hash())) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    PublicLinkPath link = parsed.get();
    return records()
        .get(link.cacheKey())
        .thenCompose(
            raw -> {
              Optional<PublicLink> record = raw.flatMap(PublicLink::decode);
              if (record.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.<PublicFile>empty());
              }
              var files = storage.requester(record.get().owner());
              String id = record.get().resourceId();
              return files
                  .read(id)
                  .thenCombine(
                      files.getMetadata(id),
                      (data, metadata) ->
                          data.map(
                              bytes ->
                                  new PublicFile(
                                      bytes,
                                      metadata.map(m -> m.get("ContentType")).orElse(null),
                                      link.fileName())));
            });
  }

  private CacheRequester records() {
    return cache.requester(AccessCandidate.system());
  }

  private String base() {
    Router r = router;
    String url = r == null || r.baseUrl().isBlank() ? NO_ROUTER : r.baseUrl();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** SRE's link namespace: sha256("<storage>:<cache>"), first six hex digits. */
  String hash() {
    String storageName = selected(Subsystems.STORAGE);
    String cacheName = selected(Subsystems.CACHE);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((storageName + ":" + cacheName).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private String selected(String subsystem) {
    Runtime r = runtime;
    if (r == null) {
      return subsystem;
    }
    return r.connectors().stream()
        .filter(b -> b.selected() && b.subsystem().equals(subsystem))
        .map(ConnectorBinding::connectorName)
        .findFirst()
        .orElse(subsystem);
  }
}
