package sre.connector.vault.hashicorp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;
import sre.api.vault.VaultConnector;

/**
 * SRE's {@code HashicorpVault}: each team's keys are the data of one KV v2 secret, {@code
 * <mount>/data/<prefix>/<teamId>}. A missing secret is a team without keys; a refused, sealed or
 * unreachable Vault is an error naming the server and the path. Team secrets are cached for the
 * configured TTL.
 */
final class HashicorpVault implements VaultConnector {
  private final VaultHttp http;
  private final VaultAuth auth;
  private final HashicorpSettings settings;
  private final SecretsCache cache;

  HashicorpVault(VaultHttp http, VaultAuth auth, HashicorpSettings settings, LongSupplier clock) {
    this.http = http;
    this.auth = auth;
    this.settings = settings;
    this.cache = new SecretsCache(settings.cacheTtl(), clock);
  }

  @Override
  public CompletionStage<Optional<String>> get(String teamId, String keyName) {
    return secrets(teamId).thenApply(team -> Optional.ofNullable(team.values().get(keyName)));
  }

  @Override
  public CompletionStage<List<String>> listKeys(String teamId) {
    return secrets(teamId).thenApply(team -> team.values().keySet().stream().sorted().toList());
  }

  void close() {
    cache.clear();
  }

  private CompletionStage<TeamSecrets> secrets(String teamId) {
    if (!SecretPath.isUsable(teamId)) {
      return CompletableFuture.completedFuture(TeamSecrets.NONE);
    }
    return cache.get(teamId, this::read);
  }

  private CompletionStage<TeamSecrets> read(String teamId) {
    SecretPath path = SecretPath.of(settings.mount(), settings.pathPrefix(), teamId);
    return auth.token()
        .thenCompose(
            token ->
                attempt(path, token)
                    .thenCompose(
                        secrets ->
                            secrets.isPresent()
                                ? CompletableFuture.completedFuture(secrets.get())
                                : auth.token()
                                    .thenCompose(retry -> attempt(path, retry))
                                    .thenApply(again -> again.orElseThrow(() -> refused(path)))));
  }

  /** The team's secrets; empty when Vault refused a token that a retry may replace. */
  private CompletionStage<Optional<TeamSecrets>> attempt(SecretPath path, String token) {
    return http.get(path.api(), token, "secret " + path.display())
        .thenApply(
            response -> {
              if (response.statusCode() == 403 && auth.refused(token)) {
                return Optional.empty();
              }
              return Optional.of(answer(path, response));
            });
  }

  private TeamSecrets answer(SecretPath path, HttpResponse<String> response) {
    return switch (response.statusCode()) {
      case 200 -> parse(path, response);
      case 404 -> TeamSecrets.NONE;
      case 403 -> throw refused(path);
      case 503 ->
          throw new HashicorpVaultException(
              "HashiCorp Vault at "
                  + http.server()
                  + " is sealed or unavailable (503) reading secret "
                  + path.display());
      default ->
          throw new HashicorpVaultException(
              "HashiCorp Vault at "
                  + http.server()
                  + " answered "
                  + response.statusCode()
                  + " reading secret "
                  + path.display());
    };
  }

  private HashicorpVaultException refused(SecretPath path) {
    return new HashicorpVaultException(
        "HashiCorp Vault at "
            + http.server()
            + " denied access (403) to secret "
            + path.display()
            + ": check the token's policy grants read on it");
  }

  /** KV v2: {"data": {"data": {key: value}, "metadata": {...}}}; non-text values as JSON text. */
  private TeamSecrets parse(SecretPath path, HttpResponse<String> response) {
    JsonNode data = http.parse(response, "secret " + path.display()).path("data").path("data");
    Map<String, String> values = new LinkedHashMap<>();
    data.fields()
        .forEachRemaining(
            field -> {
              JsonNode value = field.getValue();
              if (!value.isNull()) {
                values.put(field.getKey(), value.isTextual() ? value.asText() : value.toString());
              }
            });
    return new TeamSecrets(values);
  }

  @Override
  public String toString() {
    return "HashicorpVault(" + http.server() + ", " + settings.mount() + ", " + auth + ")";
  }
}
