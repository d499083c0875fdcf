package sre.connector.local.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.osgi.service.component.annotations.Component;
import sre.api.connector.ConnectorName;
import sre.api.nkv.NkvConnector;
import sre.api.nkv.NkvEntry;

/**
 * SRE's {@code RAM} NKV: scope → namespace → keys in sorted order, in process memory. Scopes and
 * namespaces are separate map levels, so no name can ever run into another the way joined string
 * keys can. Writes go through {@code compute} on the namespace's slot, so a {@code deleteAll} never
 * races a {@code set} into a namespace that was just dropped.
 */
@Component(service = NkvConnector.class)
@ConnectorName("RAM")
public final class RamNkv implements NkvConnector {

  private final ConcurrentMap<String, ConcurrentMap<String, ConcurrentNavigableMap<String, String>>>
      scopes = new ConcurrentHashMap<>();

  @Override
  public CompletionStage<Optional<String>> get(String scope, String namespace, String key) {
    Objects.requireNonNull(key, "key");
    return Answers.now(() -> Optional.ofNullable(keys(scope, namespace).get(key)));
  }

  @Override
  public CompletionStage<Void> set(String scope, String namespace, String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return Answers.done(
        () ->
            namespaces(scope)
                .compute(
                    Objects.requireNonNull(namespace, "namespace"),
                    (ns, keys) -> {
                      ConcurrentNavigableMap<String, String> target =
                          keys == null ? new ConcurrentSkipListMap<>() : keys;
                      target.put(key, value);
                      return target;
                    }));
  }

  @Override
  public CompletionStage<Void> delete(String scope, String namespace, String key) {
    Objects.requireNonNull(key, "key");
    return Answers.done(
        () ->
            namespaces(scope)
                .computeIfPresent(
                    Objects.requireNonNull(namespace, "namespace"),
                    (ns, keys) -> {
                      keys.remove(key);
                      return keys.isEmpty() ? null : keys;
                    }));
  }

  @Override
  public CompletionStage<Boolean> exists(String scope, String namespace, String key) {
    Objects.requireNonNull(key, "key");
    return Answers.now(() -> keys(scope, namespace).containsKey(key));
  }

  @Override
  public CompletionStage<List<NkvEntry>> list(String scope, String namespace) {
    return Answers.now(
        () ->
            keys(scope, namespace).entrySet().stream()
                .map(entry -> new NkvEntry(entry.getKey(), entry.getValue()))
                .toList());
  }

  @Override
  public CompletionStage<Void> deleteAll(String scope, String namespace) {
    return Answers.done(
        () -> namespaces(scope).remove(Objects.requireNonNull(namespace, "namespace")));
  }

  private ConcurrentMap<String, ConcurrentNavigableMap<String, String>> namespaces(String scope) {
    return scopes.computeIfAbsent(
        Objects.requireNonNull(scope, "scope"), s -> new ConcurrentHashMap<>());
  }

  private Map<String, String> keys(String scope, String namespace) {
    Map<String, ConcurrentNavigableMap<String, String>> namespaces =
        scopes.getOrDefault(Objects.requireNonNull(scope, "scope"), new ConcurrentHashMap<>());
    ConcurrentNavigableMap<String, String> keys =
        namespaces.get(Objects.requireNonNull(namespace, "namespace"));
    return keys == null ? Map.of() : keys;
  }
}
