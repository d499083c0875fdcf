package sre.components.internal;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;

/**
 * APICall (spec §6.1): one HTTP request built from the component's templates, sent without holding
 * a thread, its response decoded by content type. OAuth connections are not supported here: a
 * configured OAuth service is reported as an {@code _error} rather than sent unauthenticated.
 */
@Component(service = sre.api.component.Component.class, configurationPid = "sre.components.APICall")
@Designate(ocd = ApiCallConfig.class)
@ComponentName("APICall")
public final class ApiCallComponent implements sre.api.component.Component {
  static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "host", "expect", "upgrade", "keep-alive");

  private final HttpClients clients;
  private final Duration requestTimeout;

  @Activate
  public ApiCallComponent(ApiCallConfig config) {
    this(
        Duration.ofSeconds(config.connectTimeoutSeconds()),
        Duration.ofSeconds(config.requestTimeoutSeconds()));
  }

  ApiCallComponent(Duration connectTimeout, Duration requestTimeout) {
    this.clients = new HttpClients(connectTimeout);
    this.requestTimeout = requestTimeout;
  }

  @Deactivate
  private void deactivate() {
    clients.release();
  }

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    Object method = config.get("method");
    if (!(method instanceof String m) || !METHODS.contains(m.toUpperCase(Locale.ROOT))) {
      return Optional.of(
          "\"Method\" must be one of [GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS]");
    }
    Object url = config.get("url");
    if (!(url instanceof String u) || u.isEmpty()) {
      return Optional.of("\"URL\" is not allowed to be empty");
    }
    if (u.length() > 8192) {
      return Optional.of("\"URL\" length must be less than or equal to 8192 characters long");
    }
    return Optional.empty();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> config = call.config();
    Object oauth = config.getOrDefault("oauthService", config.get("oauth_con_id"));
    if (JsValues.truthy(oauth) && !"None".equals(oauth)) {
      return Outputs.error("OAuth connections are not supported by this runtime's APICall");
    }
    String method = String.valueOf(config.getOrDefault("method", "GET")).toUpperCase(Locale.ROOT);
    String contentType = String.valueOf(config.getOrDefault("contentType", "none"));
    CompletionStage<String> url = ApiCallUrls.resolve(call, String.valueOf(config.get("url")));
    CompletionStage<Map<String, String>> headers = ApiCallHeaders.resolve(call, contentType);
    CompletionStage<ApiCallBody> body = ApiCallBodies.encode(call, contentType);
    return url.thenCompose(
            u -> {
              if (ApiCallUrls.foreignTeam(u, call.run().teamId()) != null) {
                return denied(u, call);
              }
              // own files in the query travel as temporary public links, ended after the call
              return new TempLinks(call.run())
                  .around(
                      links ->
                          links
                              .inQuery(u)
                              .thenCompose(
                                  linked ->
                                      headers
                                          .thenCombine(
                                              body, (h, b) -> request(method, linked, h, b))
                                          .thenCompose(r -> send(call, r))));
            })
        .exceptionally(Outputs::failure);
  }

  private HttpRequest request(
      String method, String url, Map<String, String> headers, ApiCallBody body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout);
    headers.forEach(
        (name, value) -> {
          if (!RESTRICTED.contains(name)) {
            builder.header(name, value);
          }
        });
    if (body.contentType() != null) {
      builder.setHeader("content-type", body.contentType());
    }
    HttpRequest.BodyPublisher publisher =
        body.bytes() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body.bytes());
    return builder.method(method, publisher).build();
  }

  private CompletionStage<Map<String, Object>> send(ComponentCall call, HttpRequest request) {
    String proxy = proxy(call.config());
    return clients
        .proxied(proxy)
        .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenCompose(
            response ->
                ApiCallResponses.decode(call.run(), response.headers(), response.body())
                    .thenApply(decoded -> result(response, decoded)));
  }

  private static Map<String, Object> result(HttpResponse<byte[]> response, Object decoded) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Response", decoded);
    out.put("Headers", ApiCallResponses.headers(response.headers()));
    if (response.statusCode() >= 400) {
      // axios' message for a non-2xx status, which SRE passes through
      out.put("_error", "Request failed with status code " + response.statusCode());
    }
    return out;
  }

  private static CompletionStage<Map<String, Object>> denied(String url, ComponentCall call) {
    String team = ApiCallUrls.foreignTeam(url, call.run().teamId());
    return CompletableFuture.completedFuture(
        Map.of("_error", "Access Denied: smythfs resource of team " + team));
  }

  /** An http(s) proxy URL; SOCKS proxies are refused (the JDK client has no SOCKS support). */
  private static String proxy(Map<String, Object> config) {
    Object p = config.get("proxy");
    if (!(p instanceof String s) || s.isBlank()) {
      return "";
    }
    String proxy = s.strip();
    if (proxy.startsWith("socks")) {
      throw new IllegalArgumentException("SOCKS proxies are not supported: " + proxy);
    }
    if (!proxy.startsWith("http://") && !proxy.startsWith("https://")) {
      throw new IllegalArgumentException("Invalid proxy URL: " + proxy);
    }
    return proxy;
  }
}
