package sre.components.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import sre.api.component.RunContext;
import sre.api.component.support.BinaryValue;
import sre.api.component.support.SmythFs;
import sre.api.storage.PublicFiles;

/**
 * SRE's way of handing a stored file to an outside service: each {@code smythfs://} URI is swapped
 * for a temporary public link ({@link PublicFiles}, read with the run's rights), and the links are
 * destroyed once the call is over. One instance per call.
 */
final class TempLinks {
  /** How long a link lives if the call never ends (SRE's default). */
  static final Duration TTL = Duration.ofHours(1);

  private final RunContext run;
  private final List<String> made = new ArrayList<>();

  TempLinks(RunContext run) {
    this.run = run;
  }

  /** {@code url} with every {@code smythfs://} query value replaced by a link. */
  CompletionStage<String> inQuery(String url) {
    int q = url.indexOf('?');
    if (q < 0 || !url.substring(q).contains("smythfs")) {
      return CompletableFuture.completedFuture(url);
    }
    int hash = url.indexOf('#', q);
    String query = hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
    String fragment = hash < 0 ? "" : url.substring(hash);
    List<CompletionStage<String>> params = new ArrayList<>();
    for (String param : query.split("&", -1)) {
      int eq = param.indexOf('=');
      String value =
          eq < 0 ? "" : URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8);
      if (value.startsWith("smythfs://")) {
        String name = param.substring(0, eq);
        params.add(link(value).thenApply(l -> name + "=" + JsonApi.encodeUriComponent(l)));
      } else {
        params.add(CompletableFuture.completedFuture(param));
      }
    }
    return all(params).thenApply(p -> url.substring(0, q + 1) + String.join("&", p) + fragment);
  }

  /**
   * {@code values} with every stored file (a SmythFile {@code {url: "smythfs://..."}}, a binary
   * input, or a bare {@code smythfs://} string) replaced: a file keeps its fields with {@code url}
   * the link, a string becomes the link.
   */
  CompletionStage<Map<String, Object>> inValues(Map<String, Object> values) {
    Map<String, CompletionStage<Object>> swapped = new LinkedHashMap<>();
    values.forEach((k, v) -> swapped.put(k, swap(v)));
    return all(new ArrayList<>(swapped.values()))
        .thenApply(
            done -> {
              Map<String, Object> out = new LinkedHashMap<>();
              int i = 0;
              for (String key : swapped.keySet()) {
                out.put(key, done.get(i++));
              }
              return out;
            });
  }

  /** Ends every link made for this call; failures are ignored (the links expire anyway). */
  CompletionStage<Void> destroy() {
    PublicFiles files = run.service(PublicFiles.class);
    List<String> links;
    synchronized (made) {
      links = List.copyOf(made);
    }
    if (files == null || links.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    List<CompletableFuture<Void>> ends = new ArrayList<>();
    for (String url : links) {
      ends.add(files.destroy(url, false).toCompletableFuture().exceptionally(e -> null));
    }
    return CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new));
  }

  /** Runs {@code call} and destroys the links after it, whatever its outcome. */
  <T> CompletionStage<T> around(Function<TempLinks, CompletionStage<T>> call) {
    CompletableFuture<T> result = new CompletableFuture<>();
    CompletionStage<T> stage;
    try {
      stage = call.apply(this);
    } catch (RuntimeException e) {
      stage = CompletableFuture.failedFuture(e);
    }
    stage.whenComplete(
        (value, error) ->
            destroy()
                .whenComplete(
                    (v, e) -> {
                      if (error != null) {
                        result.completeExceptionally(error);
                      } else {
                        result.complete(value);
                      }
                    }));
    return result;
  }

  private CompletionStage<Object> swap(Object value) {
    if (value instanceof String s && s.startsWith("smythfs://")) {
      return link(s).thenApply(l -> l);
    }
    if (value instanceof BinaryValue b && b.url() != null && b.url().startsWith("smythfs://")) {
      return link(b.url()).thenApply(l -> b.toSmythFile(l));
    }
    if (value instanceof Map<?, ?> m
        && m.get("url") instanceof String u
        && u.startsWith("smythfs://")) {
      return link(u)
          .thenApply(
              l -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                m.forEach((k, v) -> copy.put(String.valueOf(k), v));
                copy.put("url", l);
                return copy;
              });
    }
    return CompletableFuture.completedFuture(value);
  }

  private CompletionStage<String> link(String uri) {
    PublicFiles files = run.service(PublicFiles.class);
    if (files == null) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("No public file links in this runtime for " + uri));
    }
    return files
        .temporaryUrl(run.candidate(), SmythFs.resourceId(uri), TTL)
        .thenApply(
            url -> {
              synchronized (made) {
                made.add(url);
              }
              return url;
            });
  }

  private static <T> CompletionStage<List<T>> all(List<CompletionStage<T>> stages) {
    List<CompletableFuture<T>> futures =
        stages.stream().map(CompletionStage::toCompletableFuture).toList();
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
        .thenApply(v -> futures.stream().map(CompletableFuture::join).toList());
  }
}
