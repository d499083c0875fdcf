package sre.components.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.component.support.Json;
import sre.api.llm.ToolCall;
import sre.api.llm.ToolDefinition;

/**
 * The operations of a remote OpenAPI spec (3.x, or Swagger 2) as LLM tools: name = {@code
 * operationId} (else {@code <method>_<path>} made tool-safe), description = the operation's
 * description (else summary), parameters = a JSON Schema object of its path/query/header parameters
 * plus the properties of its JSON request body (a non-object body is the {@code body} property). A
 * tool call is one HTTP request to the spec's first server URL: path parameters fill the path,
 * query parameters the query, header parameters the headers, and the remaining arguments form the
 * JSON body of operations that take one. The spec may be JSON or YAML ({@link #read}).
 */
final class OpenApiTools {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final int MAX_REF_DEPTH = 12;

  private record Operation(
      String method,
      String path,
      Map<String, String> locations,
      boolean hasBody,
      boolean wholeBody,
      ToolDefinition tool) {}

  private final HttpClients clients;
  private final Duration timeout;
  private final String baseUrl;
  private final Map<String, Operation> operations;

  private OpenApiTools(
      HttpClients clients, Duration timeout, String baseUrl, Map<String, Operation> operations) {
    this.clients = clients;
    this.timeout = timeout;
    this.baseUrl = baseUrl;
    this.operations = operations;
  }

  /** Fetches and reads the spec at {@code specUrl}. */
  static CompletionStage<OpenApiTools> load(HttpClients clients, String specUrl, Duration timeout) {
    URI uri;
    try {
      uri = URI.create(specUrl.strip());
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("Invalid specification URL: " + specUrl));
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("accept", "application/json, application/yaml, text/yaml, */*")
            .GET()
            .build();
    return clients
        .client()
        .sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(
            response -> {
              if (response.statusCode() >= 400) {
                throw new IllegalStateException(
                    "Could not load the OpenAPI spec (HTTP " + response.statusCode() + ")");
              }
              return of(clients, timeout, uri, response.body());
            });
  }

  static OpenApiTools of(HttpClients clients, Duration timeout, URI specUri, String text) {
    String body = withoutBom(text == null ? "" : text);
    Object parsed = read(specUri, body);
    if (!(parsed instanceof Map<?, ?> root) || !(root.get("paths") instanceof Map<?, ?> paths)) {
      throw new IllegalArgumentException(
          "The OpenAPI spec at "
              + specUri
              + (isJson(body)
                  ? " is not a JSON OpenAPI document"
                  : " is not an OpenAPI document (no \"paths\" object)"));
    }
    Map<String, Operation> operations = new LinkedHashMap<>();
    paths.forEach(
        (path, item) -> {
          if (resolve(root, item, 0) instanceof Map<?, ?> pathItem) {
            for (String method : METHODS) {
              if (pathItem.get(method) instanceof Map<?, ?> op) {
                Operation operation = operation(root, String.valueOf(path), method, pathItem, op);
                operations.putIfAbsent(operation.tool().name(), operation);
              }
            }
          }
        });
    return new OpenApiTools(clients, timeout, baseUrl(root, specUri), operations);
  }

  /**
   * The spec's value tree. Told apart by content, not by URL or content type (servers often send
   * YAML as {@code text/plain} or JSON from a {@code .yaml} URL): a body whose first non-blank
   * character is <code>{</code> is JSON, read as before (leniently); anything else is YAML.
   */
  private static Object read(URI specUri, String body) {
    if (isJson(body)) {
      return Json.parseLenient(body.strip());
    }
    try {
      return OpenApiYaml.parse(body);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "The OpenAPI spec at " + specUri + " is not valid YAML: " + e.getMessage(), e);
    } catch (LinkageError e) {
      // the YAML bundles are optional imports (bnd.bnd): this runtime does not have them
      throw new IllegalStateException(
          "The OpenAPI spec at "
              + specUri
              + " is YAML, but this runtime lacks the jackson-dataformat-yaml and snakeyaml"
              + " bundles",
          e);
    }
  }

  private static boolean isJson(String body) {
    String content = body.stripLeading();
    return !content.isEmpty() && content.charAt(0) == '{';
  }

  /** A UTF-8 byte order mark decodes to U+FEFF, which is not white space but no content either. */
  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  List<ToolDefinition> definitions() {
    return operations.values().stream().map(Operation::tool).toList();
  }

  /** Runs {@code call} as an HTTP request; completes with the response body. */
  CompletionStage<String> call(ToolCall call) {
    Operation op = operations.get(call.name());
    if (op == null) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("Unknown tool " + call.name()));
    }
    Map<String, Object> args = new LinkedHashMap<>();
    if (Json.parseLenient(call.arguments()) instanceof Map<?, ?> m) {
      m.forEach((k, v) -> args.put(String.valueOf(k), v));
    }
    String path = op.path();
    StringBuilder query = new StringBuilder();
    Map<String, String> headers = new LinkedHashMap<>();
    Map<String, Object> body = new LinkedHashMap<>();
    Object wholeBody = null;
    for (Map.Entry<String, Object> arg : args.entrySet()) {
      String name = arg.getKey();
      Object value = arg.getValue();
      String location = op.locations().getOrDefault(name, "");
      switch (location) {
        case "path" ->
            path = path.replace("{" + name + "}", encode(text(value)).replace("+", "%20"));
        case "query" -> {
          if (value != null) {
            query.append(query.length() == 0 ? "" : "&");
            query.append(encode(name)).append('=').append(encode(text(value)));
          }
        }
        case "header" -> headers.put(name, text(value));
        default -> {
          if (op.wholeBody() && name.equals("body")) {
            wholeBody = value;
          } else {
            body.put(name, value);
          }
        }
      }
    }
    String url = baseUrl + path + (query.length() == 0 ? "" : "?" + query);
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(new IllegalArgumentException("Invalid URL " + url));
    }
    headers.forEach(builder::header);
    HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
    if (op.hasBody()) {
      builder.header("content-type", "application/json");
      publisher =
          HttpRequest.BodyPublishers.ofString(
              Json.stringify(op.wholeBody() ? wholeBody : body), StandardCharsets.UTF_8);
    }
    builder.method(op.method().toUpperCase(Locale.ROOT), publisher);
    return clients
        .client()
        .sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(
            response -> {
              if (response.statusCode() >= 400) {
                throw new IllegalStateException(
                    "HTTP " + response.statusCode() + ": " + response.body());
              }
              return response.body();
            });
  }

  private static Operation operation(
      Map<?, ?> root, String path, String method, Map<?, ?> pathItem, Map<?, ?> op) {
    Map<String, Object> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    Map<String, String> locations = new LinkedHashMap<>();
    List<Object> parameters = new ArrayList<>();
    if (pathItem.get("parameters") instanceof List<?> shared) {
      parameters.addAll(shared);
    }
    if (op.get("parameters") instanceof List<?> own) {
      parameters.addAll(own);
    }
    boolean hasBody = false;
    boolean wholeBody = false;
    for (Object p : parameters) {
      if (resolve(root, p, 0) instanceof Map<?, ?> param && param.get("name") instanceof String n) {
        String in = String.valueOf(param.get("in"));
        if (in.equals("body")) {
          // Swagger 2 body parameter
          hasBody = true;
          wholeBody |= addBody(root, param.get("schema"), properties, required);
          continue;
        }
        if (!in.equals("path") && !in.equals("query") && !in.equals("header")) {
          continue;
        }
        locations.put(n, in);
        Map<String, Object> property = new LinkedHashMap<>();
        Object schema = inline(root, param.get("schema"), 0);
        if (schema instanceof Map<?, ?> s) {
          s.forEach((k, v) -> property.put(String.valueOf(k), v));
        } else if (param.get("type") instanceof String t) {
          property.put("type", t);
        } else {
          property.put("type", "string");
        }
        if (param.get("description") instanceof String d && !d.isBlank()) {
          property.put("description", d);
        }
        properties.put(n, property);
        if (in.equals("path") || Boolean.TRUE.equals(param.get("required"))) {
          required.add(n);
        }
      }
    }
    if (resolve(root, op.get("requestBody"), 0) instanceof Map<?, ?> requestBody) {
      hasBody = true;
      Object schema = null;
      if (requestBody.get("content") instanceof Map<?, ?> content) {
        Object media = content.get("application/json");
        if (media == null && !content.isEmpty()) {
          media = content.values().iterator().next();
        }
        if (media instanceof Map<?, ?> m) {
          schema = m.get("schema");
        }
      }
      wholeBody = addBody(root, schema, properties, required);
      if (wholeBody && Boolean.TRUE.equals(requestBody.get("required"))) {
        required.add("body");
      }
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", new ArrayList<>(required));
    }
    String name =
        op.get("operationId") instanceof String id && !id.isBlank()
            ? id
            : toolName(method + "_" + path);
    String description =
        op.get("description") instanceof String d && !d.isBlank()
            ? d
            : op.get("summary") instanceof String s ? s : "";
    return new Operation(
        method,
        path,
        locations,
        hasBody,
        wholeBody,
        new ToolDefinition(name, description, Json.stringify(schema)));
  }

  /**
   * Adds the body schema's properties to the tool's; a body that is not an object with properties
   * becomes the single {@code body} property. Returns whether the body is sent whole.
   */
  private static boolean addBody(
      Map<?, ?> root, Object schemaRef, Map<String, Object> properties, Set<String> required) {
    Object schema = inline(root, schemaRef, 0);
    if (schema instanceof Map<?, ?> s && s.get("properties") instanceof Map<?, ?> props) {
      props.forEach((k, v) -> properties.putIfAbsent(String.valueOf(k), v));
      if (s.get("required") instanceof List<?> req) {
        req.forEach(r -> required.add(String.valueOf(r)));
      }
      return false;
    }
    properties.put("body", schema instanceof Map<?, ?> ? schema : Map.of("type", "object"));
    return true;
  }

  /** The first server URL (relative ones against the spec's URL); else the spec's origin. */
  private static String baseUrl(Map<?, ?> root, URI specUri) {
    String base = null;
    if (root.get("servers") instanceof List<?> servers
        && !servers.isEmpty()
        && servers.get(0) instanceof Map<?, ?> server
        && server.get("url") instanceof String url) {
      base = url;
      if (server.get("variables") instanceof Map<?, ?> variables) {
        for (Map.Entry<?, ?> v : variables.entrySet()) {
          if (v.getValue() instanceof Map<?, ?> var && var.get("default") != null) {
            base = base.replace("{" + v.getKey() + "}", String.valueOf(var.get("default")));
          }
        }
      }
    } else if (root.get("host") instanceof String host) {
      String scheme =
          root.get("schemes") instanceof List<?> schemes && !schemes.isEmpty()
              ? String.valueOf(schemes.get(0))
              : specUri.getScheme();
      base = scheme + "://" + host + (root.get("basePath") instanceof String bp ? bp : "");
    }
    URI resolved = base == null ? specUri.resolve("/") : specUri.resolve(base);
    String out = resolved.toString();
    return out.endsWith("/") ? out.substring(0, out.length() - 1) : out;
  }

  /** Follows local {@code $ref}s ({@code #/a/b}) until a node that is not one. */
  private static Object resolve(Map<?, ?> root, Object node, int depth) {
    Object current = node;
    int hops = depth;
    while (current instanceof Map<?, ?> m
        && m.get("$ref") instanceof String ref
        && ref.startsWith("#/")
        && hops < MAX_REF_DEPTH) {
      Object target = root;
      for (String part : ref.substring(2).split("/")) {
        String key = part.replace("~1", "/").replace("~0", "~");
        target = target instanceof Map<?, ?> t ? t.get(key) : null;
      }
      current = target;
      hops++;
    }
    return current;
  }

  /** A copy of {@code node} with local {@code $ref}s replaced by what they point to. */
  private static Object inline(Map<?, ?> root, Object node, int depth) {
    if (depth > MAX_REF_DEPTH) {
      return Map.of();
    }
    Object value = resolve(root, node, 0);
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), inline(root, v, depth + 1)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object v : list) {
        out.add(inline(root, v, depth + 1));
      }
      return out;
    }
    return value;
  }

  /** A tool name from {@code method_path}: {@code [A-Za-z0-9_-]}, at most 64 characters. */
  static String toolName(String raw) {
    String name = raw.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("_+", "_");
    if (name.endsWith("_")) {
      name = name.substring(0, name.length() - 1);
    }
    return name.length() > 64 ? name.substring(0, 64) : name;
  }

  private static String text(Object value) {
    return value == null ? "" : value instanceof String s ? s : Json.stringify(value);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
