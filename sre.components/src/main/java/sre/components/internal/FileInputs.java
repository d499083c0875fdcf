package sre.components.internal;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
      Storage storage = run.service(Storage.class);
      if (storage == null) {
        return CompletableFuture.failedFuture(new IllegalStateException("No Storage service"));
      }
      return storage
          .requester(run.candidate())
          .read(SmythFs.resourceId(file.url()))
          .thenApply(
              bytes ->
                  withData(
                      file,
                      bytes.orElseThrow(
                          () -> new IllegalArgumentException("File not found: " + file.name())),
                      file.mimetype()));
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(file.url())).timeout(timeout).GET().build();
    return http.client()
        .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(
            response -> {
              if (response.statusCode() >= 400) {
                throw new IllegalStateException(
                    "Could not fetch " + file.url() + ": HTTP " + response.statusCode());
              }
              String mime =
                  response.headers().firstValue("content-type").orElse("").split(";", 2)[0];
              return withData(
                  file, response.body(), file.mimetype().isEmpty() ? mime : file.mimetype());
            });
  }

  private static BinaryValue withData(BinaryValue file, byte[] data, String mime) {
    String type = mime == null || mime.isBlank() ? Binaries.sniff(data) : mime.strip();
    return new BinaryValue(data, type, file.name(), file.url());
  }
}
