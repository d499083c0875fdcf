package sre.components.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.component.RunContext;
import sre.api.component.support.Binaries;
import sre.api.component.support.BinaryValue;
import sre.api.component.support.SmythFs;
import sre.api.security.Acl;
import sre.api.storage.Storage;

/**
 * Files a component produces (an APICall binary response, a generated image), kept where SRE's
 * {@code BinaryInput} keeps them: {@code smythfs://<team>.team/<candidate>/_temp/<name>}, owned by
 * the run's candidate, and answered as SmythFile JSON.
 */
final class TempFiles {
  private TempFiles() {}

  /** Stores {@code bytes} under a fresh name built from {@code baseName} and the media type. */
  static CompletionStage<Map<String, Object>> store(
      RunContext run, byte[] bytes, String mimeType, String baseName) {
    Storage storage = run.service(Storage.class);
    if (storage == null) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("No Storage service to keep the file"));
    }
    String name = Binaries.fileName(baseName, mimeType);
    String uri = "smythfs://" + run.teamId() + ".team/" + run.candidate().id() + "/_temp/" + name;
    BinaryValue file = new BinaryValue(bytes, mimeType, name, null);
    return storage
        .requester(run.candidate())
        .write(SmythFs.resourceId(uri), bytes, Acl.empty(), Map.of("ContentType", mimeType))
        .thenApply(v -> file.toSmythFile(uri));
  }
}
