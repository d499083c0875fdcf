package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sre.api.agent.AgentRequest;
import sre.api.component.support.Json;
import sre.api.llm.Llm;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.api.llm.TokenUsage;
import sre.api.llm.ToolCall;
import sre.api.llm.ToolDefinition;
import sre.api.security.AccessCandidate;

/**
 * GPTPlugin / OpenAPI against a loopback server serving a spec and its API. The same pet API is
 * served as OpenAPI 3 and Swagger 2, each in JSON and in YAML; all four must give the same tools
 * and the same HTTP requests.
 */
class OpenApiPluginComponentTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final List<LocalHttpServer.Received> received = new CopyOnWriteArrayList<>();
  private LocalHttpServer server;
  private OpenApiPluginComponent plugin;

  @BeforeEach
  void start() throws Exception {
    server = new LocalHttpServer().respond(this::serve);
    plugin = new OpenApiPluginComponent(TIMEOUT, TIMEOUT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String spec() {
    return """
        {"openapi":"3.0.0","info":{"title":"Pets","version":"1"},
         "servers":[{"url":"%s"}],
         "paths":{
           "/pets/{petId}":{
             "parameters":[{"name":"petId","in":"path","required":true,
                            "description":"pet id","schema":{"type":"string"}}],
             "get":{"operationId":"getPet","summary":"Find a pet",
                    "parameters":[{"name":"verbose","in":"query","schema":{"type":"boolean"}}]}},
           "/pets":{
             "post":{"description":"Adds a pet",
                     "requestBody":{"required":true,"content":{"application/json":
                       {"schema":{"$ref":"#/components/schemas/Pet"}}}}}}},
         "components":{"schemas":{"Pet":{"type":"object","required":["name"],
           "properties":{"name":{"type":"string"},"tag":{"type":"string"}}}}}}
        """
        .formatted(server.url("/v1"));
  }

  /** {@link #spec()} written as YAML usually is: block style, comments, unquoted strings. */
  private String yamlSpec() {
    return """
        # The pet API of spec(), as YAML
        openapi: 3.0.0
        info:
          title: Pets
          version: '1'
        servers:
          - url: %s
        paths:
          /pets/{petId}:
            parameters:
              - name: petId
                in: path
                required: true
                description: pet id
                schema:
                  type: string
            get:
              operationId: getPet
              summary: Find a pet
              parameters:
                - {name: verbose, in: query, schema: {type: boolean}}
          /pets:
            post:
              description: Adds a pet
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/Pet'
              responses:
                201:   # an integer key, read as the string "201"
                  description: created
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                tag:
                  type: string
        """
        .formatted(server.url("/v1"));
  }

  /** The same API as Swagger 2: host, basePath and schemes; a body parameter. */
  private String swaggerSpec() {
    return """
        {"swagger":"2.0","info":{"title":"Pets","version":"1"},
         "host":"%s","basePath":"/v1","schemes":["http"],
         "paths":{
           "/pets/{petId}":{
             "parameters":[{"name":"petId","in":"path","required":true,
                            "description":"pet id","type":"string"}],
             "get":{"operationId":"getPet","summary":"Find a pet",
                    "parameters":[{"name":"verbose","in":"query","type":"boolean"}]}},
           "/pets":{
             "post":{"description":"Adds a pet",
                     "parameters":[{"name":"pet","in":"body","required":true,
                                    "schema":{"$ref":"#/definitions/Pet"}}]}}},
         "definitions":{"Pet":{"type":"object","required":["name"],
           "properties":{"name":{"type":"string"},"tag":{"type":"string"}}}}}
        """
        .formatted(authority());
  }

  private String swaggerYamlSpec() {
    return """
        swagger: '2.0'
        info: {title: Pets, version: '1'}
        host: %s
        basePath: /v1
        schemes: [http]
        paths:
          /pets/{petId}:
            parameters:
              - name: petId
                in: path
                required: true
                description: pet id
                type: string
            get:
              operationId: getPet
              summary: Find a pet
              parameters:
                - name: verbose
                  in: query
                  type: boolean
          /pets:
            post:
              description: Adds a pet
              parameters:
                - name: pet
                  in: body
                  required: true
                  schema:
                    $ref: "#/definitions/Pet"
        definitions:
          Pet:
            type: object
            required:
              - name
            properties:
              name:
                type: string
              tag:
                type: string
        """
        .formatted(authority());
  }

  private String authority() {
    return URI.create(server.url("/")).getAuthority();
  }

  private LocalHttpServer.Answer serve(LocalHttpServer.Received request) {
    received.add(request);
    return switch (request.path()) {
      case "/openapi.json" -> new LocalHttpServer.Answer(200, "application/json", Map.of(), spec());
      case "/openapi.yaml" ->
          new LocalHttpServer.Answer(200, "application/yaml", Map.of(), yamlSpec());
      case "/swagger.json" ->
          new LocalHttpServer.Answer(200, "application/json", Map.of(), swaggerSpec());
      // YAML sent as text/plain, and JSON sent from a .yaml URL as YAML: read by content
      case "/swagger.yaml" ->
          new LocalHttpServer.Answer(200, "text/plain", Map.of(), swaggerYamlSpec());
      case "/json-body.yaml" ->
          new LocalHttpServer.Answer(200, "application/yaml", Map.of(), "\n  " + spec());
      case "/v1/pets/7%20a" ->
          new LocalHttpServer.Answer(
              200, "application/json", Map.of(), "{\"id\":7,\"name\":\"Tom\"}");
      case "/v1/pets" ->
          new LocalHttpServer.Answer(201, "application/json", Map.of(), "{\"created\":true}");
      default -> new LocalHttpServer.Answer(404, "text/plain", Map.of(), "no such path");
    };
  }

  private Map<String, Object> run(AgentPluginComponentTest.ScriptedLlm llm, String model) {
    return run(llm, model, "/openapi.json");
  }

  private Map<String, Object> run(
      AgentPluginComponentTest.ScriptedLlm llm, String model, String specPath) {
    var runContext =
        TestCalls.run(
            new AgentRequest(
                "POST", "/api/ask", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of(),
            Map.of(Llm.class, llm));
    return TestCalls.result(
        plugin.process(
            TestCalls.call(
                Map.of(
                    "specUrl",
                    server.url(specPath),
                    "openAiModel",
                    model,
                    "descForModel",
                    "Manages pets"),
                Map.of("Query", "add Rex after looking up pet 7 a"),
                runContext,
                "Query")));
  }

  @Test
  void operationsBecomeToolsAndToolCallsBecomeHttpRequests() {
    ToolCall get = new ToolCall("c1", "getPet", "{\"petId\":\"7 a\",\"verbose\":true}");
    ToolCall post = new ToolCall("c2", "post_pets", "{\"name\":\"Rex\"}");
    var llm =
        new AgentPluginComponentTest.ScriptedLlm(
            new LlmResponse("", "tool_calls", TokenUsage.NONE, List.of(get)),
            new LlmResponse("", "tool_calls", TokenUsage.NONE, List.of(post)),
            new LlmResponse("Rex was added", "stop", TokenUsage.NONE));

    Map<String, Object> out = run(llm, "gpt-4o-mini");

    assertThat(out).isEqualTo(Map.of("Output", "Rex was added"));
    assertThat(received).hasSize(3);
    assertThat(received.get(0).method()).isEqualTo("GET");
    assertThat(received.get(0).path()).isEqualTo("/openapi.json");
    LocalHttpServer.Received first = received.get(1);
    assertThat(first.method()).isEqualTo("GET");
    assertThat(first.path()).isEqualTo("/v1/pets/7%20a");
    assertThat(first.query()).isEqualTo("verbose=true");
    assertThat(first.body()).isEmpty();
    LocalHttpServer.Received second = received.get(2);
    assertThat(second.method()).isEqualTo("POST");
    assertThat(second.path()).isEqualTo("/v1/pets");
    assertThat(second.query()).isNull();
    assertThat(second.headers()).containsEntry("content-type", "application/json");
    assertThat(second.text()).isEqualTo("{\"name\":\"Rex\"}");

    assertThat(llm.requests).hasSize(3);
    LlmRequest request = llm.requests.get(0);
    assertThat(request.model()).isEqualTo("gpt-4o-mini");
    assertThat(request.messages().get(0).role()).isEqualTo("system");
    assertThat(request.messages().get(0).content()).isEqualTo("Manages pets");
    assertThat(request.messages().get(1).content()).isEqualTo("add Rex after looking up pet 7 a");
    assertThat(request.tools())
        .extracting(ToolDefinition::name)
        .containsExactly("getPet", "post_pets");
    assertThat(request.tools().get(0).description()).isEqualTo("Find a pet");
    assertThat(Json.parse(request.tools().get(0).parametersSchema()))
        .isEqualTo(
            Map.of(
                "type", "object",
                "properties",
                    Map.of(
                        "petId", Map.of("type", "string", "description", "pet id"),
                        "verbose", Map.of("type", "boolean")),
                "required", List.of("petId")));
    assertThat(request.tools().get(1).description()).isEqualTo("Adds a pet");
    assertThat(Json.parse(request.tools().get(1).parametersSchema()))
        .isEqualTo(
            Map.of(
                "type", "object",
                "properties",
                    Map.of("name", Map.of("type", "string"), "tag", Map.of("type", "string")),
                "required", List.of("name")));
    var getResult = llm.requests.get(1).messages().get(3);
    assertThat(getResult.role()).isEqualTo("tool");
    assertThat(getResult.toolCallId()).isEqualTo("c1");
    assertThat(getResult.content()).isEqualTo("{\"id\":7,\"name\":\"Tom\"}");
    assertThat(llm.requests.get(2).messages().get(5).content()).isEqualTo("{\"created\":true}");
  }

  @Test
  void httpErrorsReachTheModelAndSpecFailuresTheOutput() {
    ToolCall get = new ToolCall("c1", "getPet", "{\"petId\":\"nope\"}");
    var llm =
        new AgentPluginComponentTest.ScriptedLlm(
            new LlmResponse("", "tool_calls", TokenUsage.NONE, List.of(get)),
            new LlmResponse("No such pet", "stop", TokenUsage.NONE));
    assertThat(run(llm, "gpt-4o-mini")).isEqualTo(Map.of("Output", "No such pet"));
    assertThat(received.get(1).path()).isEqualTo("/v1/pets/nope");
    assertThat(received.get(1).query()).isNull();
    assertThat(llm.requests.get(1).messages().get(3).content())
        .isEqualTo("Error: HTTP 404: no such path");

    server.respond(r -> new LocalHttpServer.Answer(500, "text/plain", Map.of(), "down"));
    assertThat(run(llm, "gpt-4o-mini"))
        .isEqualTo(Map.of("_error", "Could not load the OpenAPI spec (HTTP 500)"));
  }

  @Test
  void echoModelReportsTheConversationCrashWithoutFetching() {
    var llm =
        new AgentPluginComponentTest.ScriptedLlm(new LlmResponse("x", "stop", TokenUsage.NONE));
    assertThat(run(llm, "Echo")).isEqualTo(Map.of("_error", AgentPluginComponent.ECHO_CRASH));
    assertThat(received).isEmpty();
    assertThat(plugin.validateConfig(Map.of())).contains("\"Specification URL\" is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/openapi.yaml", "/swagger.json", "/swagger.yaml", "/json-body.yaml"})
  void yamlAndSwaggerSpecsGiveTheToolsAndRequestsOfTheJsonSpec(String specPath) {
    Conversation json = converse("/openapi.json");
    Conversation other = converse(specPath);

    assertThat(other.specPath()).isEqualTo(specPath);
    assertThat(other.output()).isEqualTo(Map.of("Output", "Rex was added"));
    assertThat(other.tools()).isEqualTo(json.tools());
    assertThat(other.requests()).isEqualTo(json.requests());
    // what the JSON spec gives, spelled out (the first test checks it in detail)
    assertThat(other.tools())
        .extracting(tool -> tool.get(0))
        .containsExactly("getPet", "post_pets");
    assertThat(other.requests())
        .containsExactly(
            "GET /v1/pets/7%20a?verbose=true content-type=null body=",
            "POST /v1/pets?null content-type=application/json body={\"name\":\"Rex\"}");
  }

  @Test
  void badYamlSpecsAreClearErrorsAndNoConversation() {
    String base = server.url("/");
    String malformed =
        """
        openapi: 3.0.0
        paths:
          /pets:
            get: {operationId: listPets
        """;
    String aliased =
        """
        openapi: 3.0.0
        x-common: &common {type: string}
        paths:
          /pets/{id}:
            get:
              parameters: [{name: id, in: path, schema: *common}]
        """;
    String tabs = "openapi: 3.0.0\npaths:\n\t/pets: {}\n";
    server.respond(
        r ->
            switch (r.path()) {
              case "/malformed.yaml" ->
                  new LocalHttpServer.Answer(200, "application/yaml", Map.of(), malformed);
              case "/aliased.yaml" ->
                  new LocalHttpServer.Answer(200, "application/yaml", Map.of(), aliased);
              case "/tabs.yaml" -> new LocalHttpServer.Answer(200, "text/yaml", Map.of(), tabs);
              default -> new LocalHttpServer.Answer(200, "text/html", Map.of(), "<html>hi</html>");
            });
    var llm =
        new AgentPluginComponentTest.ScriptedLlm(new LlmResponse("x", "stop", TokenUsage.NONE));

    assertThat(run(llm, "gpt-4o-mini", "/malformed.yaml"))
        .isEqualTo(
            Map.of(
                "_error",
                "The OpenAPI spec at "
                    + base
                    + "malformed.yaml is not valid YAML: while parsing a flow mapping:"
                    + " expected ',' or '}', but got <stream end> (line 5, column 1)"));
    assertThat(run(llm, "gpt-4o-mini", "/aliased.yaml"))
        .isEqualTo(
            Map.of(
                "_error",
                "The OpenAPI spec at "
                    + base
                    + "aliased.yaml is not valid YAML: YAML aliases are not supported"
                    + " (*common at line 6, column 49)"));
    assertThat(run(llm, "gpt-4o-mini", "/tabs.yaml").get("_error"))
        .asString()
        .startsWith("The OpenAPI spec at " + base + "tabs.yaml is not valid YAML: ")
        .contains("(line 3, column 1)");
    // an HTML page is YAML too (one string), but no OpenAPI document
    assertThat(run(llm, "gpt-4o-mini", "/index.html"))
        .isEqualTo(
            Map.of(
                "_error",
                "The OpenAPI spec at "
                    + base
                    + "index.html is not an OpenAPI document (no \"paths\" object)"));
    assertThat(llm.requests).isEmpty();
  }

  /** What one scripted conversation against the spec at {@code specPath} produced. */
  private record Conversation(
      String specPath,
      Map<String, Object> output,
      List<List<Object>> tools,
      List<String> requests) {}

  /**
   * Runs the conversation of the first test against {@code specPath}: the tools the model was
   * offered as {@code [name, description, parsed schema]}, and the API requests (the spec fetch
   * left out) as {@code METHOD path?query content-type=.. body=..}.
   */
  private Conversation converse(String specPath) {
    received.clear();
    var llm =
        new AgentPluginComponentTest.ScriptedLlm(
            new LlmResponse(
                "",
                "tool_calls",
                TokenUsage.NONE,
                List.of(new ToolCall("c1", "getPet", "{\"petId\":\"7 a\",\"verbose\":true}"))),
            new LlmResponse(
                "",
                "tool_calls",
                TokenUsage.NONE,
                List.of(new ToolCall("c2", "post_pets", "{\"name\":\"Rex\"}"))),
            new LlmResponse("Rex was added", "stop", TokenUsage.NONE));
    Map<String, Object> output = run(llm, "gpt-4o-mini", specPath);
    assertThat(received.get(0).path()).isEqualTo(specPath);
    List<List<Object>> tools =
        llm.requests.isEmpty()
            ? List.of()
            : llm.requests.get(0).tools().stream()
                .map(t -> List.of(t.name(), t.description(), Json.parse(t.parametersSchema())))
                .toList();
    List<String> requests =
        received.stream()
            .skip(1)
            .map(
                r ->
                    r.method()
                        + " "
                        + r.path()
                        + "?"
                        + r.query()
                        + " content-type="
                        + r.headers().get("content-type")
                        + " body="
                        + r.text())
            .toList();
    return new Conversation(specPath, output, tools, requests);
  }
}
