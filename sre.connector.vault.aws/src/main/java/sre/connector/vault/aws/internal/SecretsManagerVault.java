package sre.connector.vault.aws.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;
import software.amazon.awssdk.services.secretsmanager.model.FilterNameStringType;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretsResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import sre.api.vault.VaultConnector;

/**
 * SRE's {@code SecretsManager} vault: one secret per key, id {@code <prefix>/<teamId>/<key>}; a
 * missing secret is an empty answer. Key names come from ListSecrets filtered on the team's name
 * prefix. Values are cached for the configured TTL.
 */
final class SecretsManagerVault implements VaultConnector {
  private final SecretsManagerIo io;
  private final SecretsManagerSettings settings;
  private final ValueCache cache;

  SecretsManagerVault(SecretsManagerIo io, SecretsManagerSettings settings, LongSupplier clock) {
    this.io = io;
    this.settings = settings;
    this.cache = new ValueCache(settings.cacheTtl(), clock);
  }

  @Override
  public CompletionStage<Optional<String>> get(String teamId, String keyName) {
    if (!usable(teamId) || keyName.isEmpty()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    String secretId = settings.secretId(teamId, keyName);
    return cache.get(
        secretId,
        () ->
            io.call(
                "GetSecretValue of secret '" + secretId + "'",
                client -> {
                  try {
                    return value(client.getSecretValue(r -> r.secretId(secretId)));
                  } catch (ResourceNotFoundException missing) {
                    return Optional.empty();
                  }
                }));
  }

  @Override
  public CompletionStage<List<String>> listKeys(String teamId) {
    if (!usable(teamId)) {
      return CompletableFuture.completedFuture(List.of());
    }
    String prefix = settings.teamPrefix(teamId);
    return io.call(
        "ListSecrets of '" + prefix + "*'",
        client -> {
          TreeSet<String> keys = new TreeSet<>();
          String next = null;
          do {
            String token = next;
            ListSecretsResponse page =
                client.listSecrets(
                    r ->
                        r.nextToken(token)
                            .filters(f -> f.key(FilterNameStringType.NAME).values(prefix)));
            for (SecretListEntry secret : page.secretList()) {
              // The name filter matches prefixes of words too: keep exact children only.
              String name = secret.name();
              if (name != null && name.startsWith(prefix) && name.length() > prefix.length()) {
                keys.add(name.substring(prefix.length()));
              }
            }
            next = page.nextToken();
          } while (next != null && !next.isEmpty());
          return new ArrayList<>(keys);
        });
  }

  void close() {
    cache.clear();
    io.close();
  }

  /** A team id containing '/' would read another team's secrets: such a team has none. */
  private static boolean usable(String teamId) {
    return !teamId.isEmpty() && !teamId.contains("/");
  }

  private static Optional<String> value(GetSecretValueResponse response) {
    if (response.secretString() != null) {
      return Optional.of(response.secretString());
    }
    if (response.secretBinary() != null) {
      return Optional.of(response.secretBinary().asString(StandardCharsets.UTF_8));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "SecretsManagerVault(" + settings.location() + ", prefix '" + settings.prefix() + "')";
  }
}
