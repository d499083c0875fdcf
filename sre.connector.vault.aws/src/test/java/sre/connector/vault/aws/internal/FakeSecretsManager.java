package sre.connector.vault.aws.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Secrets Manager's JSON 1.1 protocol on loopback ({@code POST /}, {@code X-Amz-Target:
 * secretsmanager.<Operation>}): GetSecretValue, ListSecrets (name-prefix filter, pages of {@value
 * #PAGE}), ResourceNotFoundException, and any error on demand.
 */
final class FakeSecretsManager implements AutoCloseable {
  static final int PAGE = 2;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final Map<String, String> secrets = new ConcurrentSkipListMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private volatile String forcedError = "";

  FakeSecretsManager() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI address() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void put(String secretId, String value) {
    secrets.put(secretId, value);
  }

  /** Answer every call with this error type, HTTP 400 (empty: normal service). */
  void forceError(String type) {
    forcedError = type;
  }

  int calls(String operation) {
    AtomicInteger count = calls.get(operation);
    return count == null ? 0 : count.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
      String operation = target.replaceFirst("^secretsmanager\\.", "");
      calls.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
      JsonNode request = json.readTree(exchange.getRequestBody());
      if (!forcedError.isEmpty()) {
        respond(exchange, 400, error(forcedError, "forced by the test"));
      } else if (operation.equals("GetSecretValue")) {
        getSecretValue(exchange, request.path("SecretId").asText());
      } else if (operation.equals("ListSecrets")) {
        listSecrets(exchange, request);
      } else {
        respond(exchange, 400, error("InvalidRequestException", "unsupported " + target));
      }
    }
  }

  private void getSecretValue(HttpExchange exchange, String id) throws IOException {
    String value = secrets.get(id);
    if (value == null) {
      respond(
          exchange,
          400,
          error("ResourceNotFoundException", "Secrets Manager can't find the specified secret."));
      return;
    }
    ObjectNode answer = json.createObjectNode();
    answer.put("ARN", "arn:aws:secretsmanager:us-east-1:000000000000:secret:" + id + "-AbCdEf");
    answer.put("Name", id);
    answer.put("SecretString", value);
    answer.put("VersionId", "v1");
    respond(exchange, 200, answer);
  }

  private void listSecrets(HttpExchange exchange, JsonNode request) throws IOException {
    String prefix = "";
    for (JsonNode filter : request.path("Filters")) {
      if (filter.path("Key").asText().equals("name")) {
        prefix = filter.path("Values").path(0).asText();
      }
    }
    String name = prefix;
    List<String> names = secrets.keySet().stream().filter(id -> id.startsWith(name)).toList();
    int from = request.path("NextToken").asInt(0);
    int to = Math.min(names.size(), from + PAGE);
    ObjectNode answer = json.createObjectNode();
    ArrayNode list = answer.putArray("SecretList");
    for (String id : names.subList(Math.min(from, names.size()), to)) {
      list.addObject().put("Name", id).put("ARN", "arn:aws:secretsmanager:::secret:" + id);
    }
    if (to < names.size()) {
      answer.put("NextToken", Integer.toString(to));
    }
    respond(exchange, 200, answer);
  }

  private ObjectNode error(String type, String message) {
    ObjectNode body = json.createObjectNode();
    body.put("__type", type);
    body.put("message", message);
    return body;
  }

  private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
