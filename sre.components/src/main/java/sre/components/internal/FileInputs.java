package sre.components.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.component.ComponentCall;
import sre.api.component.InputDefinition;
import sre.api.component.RunContext;
import sre.api.component.support.Binaries;
import sre.api.component.support.BinaryValue;
import sre.api.component.support.SmythFs;
import sre.api.storage.Storage;

/**
 * The file a component receives as an input, with its bytes at hand: inline data as it is, a {@code
 * smythfs://} file read from Storage for the run's candidate, a web URL fetched without holding a
 * thread.
 */
final class FileInputs {
  /** The largest file fetched from a web URL. */
  static final long MAX_FETCH_BYTES = 50L * 1024 * 1024;

  private FileInputs() {}

  /** The name of the first declared input (else any input) that carries a file, if any. */
  static Optional<String> firstFileInput(ComponentCall call) {
    for (InputDefinition def : call.declaredInputs()) {
      if (isFile(call.inputs().get(def.name()), def.name())) {
        return Optional.of(def.name());
      }
    }
    return call.inputs().entrySet().stream()
        .filter(e -> isFile(e.getValue(), e.getKey()))
        .map(java.util.Map.Entry::getKey)
        .findFirst();
  }

  private static boolean isFile(Object value, String key) {
    return value != null && Binaries.fromValue(value, key) instanceof BinaryValue;
  }

  /** The file in input {@code key} with its bytes. */
  static CompletionStage<BinaryValue> read(
      RunContext run, Object value, String key, HttpClients http, Duration timeout) {
    if (!(Binaries.fromValue(value, key) instanceof BinaryValue file)) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("Input " + key + " is not a file"));
    }
    if (file.data() != null) {
      return CompletableFuture.completedFuture(file);
    }
    if (file.url().startsWith("smythfs://")) {
      return stored(run, file.url(), file.name())
          .thenApply(b -> withData(file, b, file.mimetype()));
    }
    return WebFiles.fetch(http, file.url(), timeout, MAX_FETCH_BYTES, file.url())
        .thenApply(
            fetched ->
                withData(
                    file,
                    fetched.data(),
                    file.mimetype().isEmpty() ? fetched.mimeType() : file.mimetype()));
  }

  /** A {@code smythfs://} file's bytes, read from Storage with the run's rights. */
  static CompletionStage<byte[]> stored(RunContext run, String smythfsUrl, String name) {
    Storage storage = run.service(Storage.class);
    if (storage == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("No Storage service"));
    }
    return storage
        .requester(run.candidate())
        .read(SmythFs.resourceId(smythfsUrl))
        .thenApply(
            bytes ->
                bytes.orElseThrow(() -> new IllegalArgumentException("File not found: " + name)));
  }

  private static BinaryValue withData(BinaryValue file, byte[] data, String mime) {
    String type = mime == null || mime.isBlank() ? Binaries.sniff(data) : mime.strip();
    return new BinaryValue(data, type, file.name(), file.url());
  }
}
