package sre.connector.vault.hashicorp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Asynchronous exchanges with one Vault server: requests carry the token and the namespace,
 * transport failures become {@link HashicorpVaultException}s naming the server and the operation.
 * No thread waits for a response ({@link HttpClient#sendAsync}).
 */
final class VaultHttp {
  static final String TOKEN_HEADER = "X-Vault-Token";
  static final String NAMESPACE_HEADER = "X-Vault-Namespace";

  private final HttpClient client;
  private final HashicorpSettings settings;
  private final ObjectMapper json = new ObjectMapper();

  VaultHttp(HttpClient client, HashicorpSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /** The server, for messages. */
  String server() {
    return settings.address().toString();
  }

  /** GET {@code apiPath} with {@code token}; {@code what} names the operation in errors. */
  CompletionStage<HttpResponse<String>> get(String apiPath, String token, String what) {
    HttpRequest.Builder request = request(apiPath).GET().header(TOKEN_HEADER, token);
    return send(request, what);
  }

  /** POST a JSON body to {@code apiPath}, without a token (logins). */
  CompletionStage<HttpResponse<String>> post(String apiPath, JsonNode body, String what) {
    HttpRequest.Builder request =
        request(apiPath)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    return send(request, what);
  }

  JsonNode parse(HttpResponse<String> response, String what) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      // The body may hold secrets: report where the JSON broke, not what it said.
      throw new HashicorpVaultException(
          "HashiCorp Vault at " + server() + " sent malformed JSON for " + what);
    }
  }

  ObjectMapper json() {
    return json;
  }

  private HttpRequest.Builder request(String apiPath) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server() + apiPath))
            .timeout(settings.requestTimeout())
            .header("Accept", "application/json");
    if (!settings.namespace().isEmpty()) {
      request.header(NAMESPACE_HEADER, settings.namespace());
    }
    return request;
  }

  private CompletionStage<HttpResponse<String>> send(HttpRequest.Builder request, String what) {
    return client
        .sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
        .exceptionally(
            failure -> {
              Throwable cause =
                  failure instanceof CompletionException ? failure.getCause() : failure;
              String reason =
                  cause instanceof HttpTimeoutException
                      ? "did not answer within " + settings.requestTimeout().toMillis() + " ms"
                      : "is unreachable (" + cause.getClass().getSimpleName() + ")";
              throw new HashicorpVaultException(
                  "HashiCorp Vault at " + server() + " " + reason + " for " + what, cause);
            });
  }
}
