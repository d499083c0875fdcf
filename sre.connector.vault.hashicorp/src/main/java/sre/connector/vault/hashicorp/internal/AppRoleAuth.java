package sre.connector.vault.hashicorp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * AppRole: logs in with role id + secret id, keeps the client token and logs in again when 80% of
 * its lease has passed or Vault refuses it. Concurrent callers share one login in flight.
 */
final class AppRoleAuth implements VaultAuth {
  /** Renew before the lease ends so a request never carries a token about to expire. */
  private static final double RENEW_AT = 0.8;

  /** A client token and when it was obtained. toString hides the token. */
  private record Grant(String token, long obtainedAt, long validNanos) {
    boolean freshAt(long now) {
      return validNanos == 0 || now - obtainedAt < validNanos;
    }

    @Override
    public String toString() {
      return "AppRole grant";
    }
  }

  private final VaultHttp http;
  private final HashicorpSettings settings;
  private final UnaryOperator<String> environment;
  private final LongSupplier nanoClock;
  private final AtomicReference<CompletableFuture<Grant>> current = new AtomicReference<>();

  AppRoleAuth(
      VaultHttp http,
      HashicorpSettings settings,
      UnaryOperator<String> environment,
      LongSupplier nanoClock) {
    this.http = http;
    this.settings = settings;
    this.environment = environment;
    this.nanoClock = nanoClock;
  }

  @Override
  public CompletionStage<String> token() {
    while (true) {
      CompletableFuture<Grant> grant = current.get();
      if (grant != null && usable(grant)) {
        return grant.thenApply(Grant::token);
      }
      CompletableFuture<Grant> login = new CompletableFuture<>();
      if (current.compareAndSet(grant, login)) {
        login()
            .whenComplete(
                (fresh, failure) -> {
                  if (failure != null) {
                    login.completeExceptionally(failure);
                  } else {
                    login.complete(fresh);
                  }
                });
        return login.thenApply(Grant::token);
      }
    }
  }

  @Override
  public boolean refused(String token) {
    CompletableFuture<Grant> grant = current.get();
    if (grant != null
        && grant.isDone()
        && !grant.isCompletedExceptionally()
        && grant.join().token().equals(token)) {
      current.compareAndSet(grant, null);
    }
    return true;
  }

  /** In flight (shared), or obtained and not yet due for renewal; a failed login is retried. */
  private boolean usable(CompletableFuture<Grant> grant) {
    if (!grant.isDone()) {
      return true;
    }
    return !grant.isCompletedExceptionally() && grant.join().freshAt(nanoClock.getAsLong());
  }

  private CompletionStage<Grant> login() {
    String path = "/v1/auth/" + SecretPath.encodeSegments(settings.approleMount()) + "/login";
    String what = "AppRole login (auth/" + settings.approleMount() + "/login)";
    ObjectNode body;
    try {
      body = http.json().createObjectNode();
      body.put("role_id", settings.roleId().read(environment));
      body.put("secret_id", settings.secretId().read(environment));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    long started = nanoClock.getAsLong();
    return http.post(path, body, what)
        .thenApply(
            response -> {
              if (response.statusCode() != 200) {
                throw new HashicorpVaultException(
                    "HashiCorp Vault at "
                        + http.server()
                        + " refused the "
                        + what
                        + " ("
                        + response.statusCode()
                        + "): check the role id and secret id");
              }
              JsonNode auth = http.parse(response, what).path("auth");
              String token = auth.path("client_token").asText("");
              if (token.isEmpty()) {
                throw new HashicorpVaultException(
                    "HashiCorp Vault at " + http.server() + " sent no client token for " + what);
              }
              long leaseSeconds = auth.path("lease_duration").asLong(0);
              return new Grant(token, started, (long) (leaseSeconds * 1e9 * RENEW_AT));
            });
  }

  @Override
  public String toString() {
    return "AppRole auth (auth/" + settings.approleMount() + ")";
  }
}
