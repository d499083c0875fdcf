package sre.router.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentSource;

class OpenApiDocumentTest {
  private static final String AGENT =
      """
      {"id":"shop","name":"Shop","version":"2.1.0","shortDescription":"Sells things",
       "behavior":"You sell.","auth":{"method":"none"},
       "components":[
        {"id":"E1","name":"APIEndpoint","data":{"endpoint":"order","method":"POST","doc":"Place an order",
           "description":"orders"},
         "inputs":[{"name":"item","type":"Text","optional":false,"description":"what"},
                   {"name":"count","type":"Integer","optional":true,"defaultVal":1},
                   {"name":"photo","type":"Binary","optional":true}]},
        {"id":"E2","name":"APIEndpoint","data":{"endpoint":"find","method":"GET","ai_exposed":false},
         "inputs":[{"name":"tags","type":"Array","optional":false},
                   {"name":"filter","type":"Object","optional":true}]},
        {"id":"E3","name":"APIEndpoint","data":{"endpoint":"ping","method":""},"inputs":[]}],
       "connections":[]}
      """;

  private final ObjectMapper mapper = new ObjectMapper();
  private final AgentSpec spec =
      new AgentSpecs(mapper).parse(new AgentSource("shop", "shop.smyth", AGENT, Instant.EPOCH));

  private SwaggerParseResult parse(boolean aiOnly) throws Exception {
    String json =
        mapper.writeValueAsString(OpenApiDocument.of(spec, "http://h:1/agents/shop", aiOnly));
    return new OpenAPIV3Parser().readContents(json, null, null);
  }

  @Test
  void isValidOpenApiAsSreGeneratesIt() throws Exception {
    SwaggerParseResult result = parse(false);
    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getOpenapi()).isEqualTo("3.0.1");
    assertThat(api.getInfo().getTitle()).isEqualTo("Shop");
    assertThat(api.getInfo().getDescription()).isEqualTo("Sells things");
    assertThat(api.getInfo().getVersion()).isEqualTo("2.1.0");
    assertThat(api.getServers().get(0).getUrl()).isEqualTo("http://h:1/agents/shop");
    assertThat(api.getPaths()).containsOnlyKeys("/api/order", "/api/find", "/api/ping");

    Operation order = api.getPaths().get("/api/order").getPost();
    assertThat(order.getOperationId()).isEqualTo("order");
    assertThat(order.getSummary()).isEqualTo("Place an order");
    assertThat(order.getExtensions()).containsEntry("x-openai-isConsequential", false);
    // a Binary input turns the body into multipart with format binary (not in aiOnly mode)
    Schema<?> body = order.getRequestBody().getContent().get("multipart/form-data").getSchema();
    assertThat(body.getRequired()).containsExactly("item");
    assertThat(body.getProperties().get("count").getType()).isEqualTo("integer");
    assertThat(body.getProperties().get("count").getDefault()).isEqualTo(1);
    assertThat(body.getProperties().get("photo").getFormat()).isEqualTo("binary");
    assertThat(order.getResponses().get("200").getContent()).containsKey("text/plain");

    Operation find = api.getPaths().get("/api/find").getGet();
    Parameter tags = find.getParameters().get(0);
    assertThat(tags.getIn()).isEqualTo("query");
    assertThat(tags.getRequired()).isTrue();
    assertThat(tags.getStyle()).hasToString("form");
    assertThat(tags.getExplode()).isFalse();
    assertThat(find.getParameters().get(1).getStyle()).hasToString("deepObject");

    // an empty method is POST; no inputs, no body
    assertThat(api.getPaths().get("/api/ping").getPost().getRequestBody()).isNull();
  }

  @Test
  void aiOnlySkipsUnexposedEndpointsAndDescribesWithBehavior() throws Exception {
    SwaggerParseResult result = parse(true);
    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getInfo().getDescription()).isEqualTo("You sell.");
    assertThat(api.getPaths()).containsOnlyKeys("/api/order", "/api/ping");
    Operation order = api.getPaths().get("/api/order").getPost();
    assertThat(order.getSummary()).isEqualTo("orders");
    assertThat(order.getRequestBody().getContent()).containsOnlyKeys("application/json");
  }

  @Test
  void readsTheAgentDataWrapperAndPublicFlag() {
    String wrapped = "{\"version\":\"1\",\"data\":" + AGENT + "}";
    AgentSpec fromWrapper =
        new AgentSpecs(mapper).parse(new AgentSource("shop", "s.smyth", wrapped, Instant.EPOCH));
    assertThat(fromWrapper.endpoints()).hasSize(3);
    assertThat(fromWrapper.isPublic()).isTrue();
    assertThat(fromWrapper.find("ping", "POST")).isPresent();
    assertThat(fromWrapper.find("ping", "GET")).isEmpty();
  }

  @Test
  void mapsTypesAsSre() {
    assertThat(OpenApiDocument.schema("Number")).containsEntry("type", "number");
    assertThat(OpenApiDocument.schema("float")).containsEntry("type", "number");
    assertThat(OpenApiDocument.schema("Boolean")).containsEntry("type", "boolean");
    assertThat(OpenApiDocument.schema("Any")).containsEntry("type", "string");
    assertThat(OpenApiDocument.schema("Image")).containsEntry("type", "string");
    assertThat(OpenApiDocument.schema("Object")).containsKey("additionalProperties");
  }
}
