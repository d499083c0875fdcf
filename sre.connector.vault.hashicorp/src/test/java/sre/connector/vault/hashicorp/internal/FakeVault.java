package sre.connector.vault.hashicorp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A HashiCorp Vault speaking the part of the HTTP API the connector uses, on loopback: KV v2 reads
 * ({@code GET /v1/<mount>/data/<path>} with {@code X-Vault-Token}) and AppRole login ({@code POST
 * /v1/auth/approle/login}); 403 for unknown tokens, 404 for missing secrets, and any status on
 * demand (503 = sealed). It logs request lines only, never headers or bodies.
 */
final class FakeVault implements AutoCloseable {
  static final String MOUNT = "secret";

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final Map<String, Map<String, String>> secrets = new ConcurrentHashMap<>();
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
  private final AtomicInteger logins = new AtomicInteger();
  private final List<String> namespaces = new CopyOnWriteArrayList<>();
  private volatile String roleId = "";
  private volatile String secretId = "";
  private volatile long leaseSeconds = 3600;
  private volatile int forcedStatus;

  FakeVault() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/", this::handle);
    server.start();
  }

  URI address() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Stores a KV v2 secret at {@code <mount>/data/<path>}. */
  void put(String path, Map<String, String> data) {
    secrets.put(path, Map.copyOf(data));
  }

  void acceptToken(String token) {
    tokens.add(token);
  }

  void revokeAll() {
    tokens.clear();
  }

  void appRole(String role, String secret, long lease) {
    roleId = role;
    secretId = secret;
    leaseSeconds = lease;
  }

  /** Answer every KV read with this status (0: normal service). */
  void forceStatus(int status) {
    forcedStatus = status;
  }

  int reads(String path) {
    AtomicInteger count = reads.get(path);
    return count == null ? 0 : count.get();
  }

  int logins() {
    return logins.get();
  }

  List<String> namespaces() {
    return namespaces;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      logger.info("fake vault got {} {}", method, path);
      String namespace = exchange.getRequestHeaders().getFirst("X-Vault-Namespace");
      if (namespace != null) {
        namespaces.add(namespace);
      }
      if (method.equals("POST") && path.equals("/v1/auth/approle/login")) {
        login(exchange);
      } else if (method.equals("GET") && path.startsWith("/v1/" + MOUNT + "/data/")) {
        read(exchange, path.substring(("/v1/" + MOUNT + "/data/").length()));
      } else {
        respond(exchange, 404, errors());
      }
    }
  }

  private void login(HttpExchange exchange) throws IOException {
    JsonNode body = json.readTree(exchange.getRequestBody());
    if (roleId.isEmpty()
        || !roleId.equals(body.path("role_id").asText())
        || !secretId.equals(body.path("secret_id").asText())) {
      respond(exchange, 400, errors("invalid role or secret ID"));
      return;
    }
    String token = "hvs.approle-token-" + logins.incrementAndGet() + "-xyzzy";
    tokens.add(token);
    ObjectNode answer = json.createObjectNode();
    ObjectNode auth = answer.putObject("auth");
    auth.put("client_token", token);
    auth.put("lease_duration", leaseSeconds);
    auth.put("renewable", true);
    respond(exchange, 200, answer);
  }

  private void read(HttpExchange exchange, String path) throws IOException {
    reads.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    if (forcedStatus != 0) {
      respond(exchange, forcedStatus, errors(forcedStatus == 503 ? "Vault is sealed" : "error"));
      return;
    }
    String token = exchange.getRequestHeaders().getFirst("X-Vault-Token");
    if (token == null || !tokens.contains(token)) {
      respond(exchange, 403, errors("permission denied"));
      return;
    }
    Map<String, String> data = secrets.get(path);
    if (data == null) {
      respond(exchange, 404, errors());
      return;
    }
    ObjectNode answer = json.createObjectNode();
    ObjectNode inner = answer.putObject("data");
    ObjectNode values = inner.putObject("data");
    data.forEach(values::put);
    inner.putObject("metadata").put("version", 1);
    respond(exchange, 200, answer);
  }

  private ObjectNode errors(String... messages) {
    ObjectNode body = json.createObjectNode();
    var list = body.putArray("errors");
    for (String message : messages) {
      list.add(message);
    }
    return body;
  }

  private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public String toString() {
    return "FakeVault at " + address();
  }
}
