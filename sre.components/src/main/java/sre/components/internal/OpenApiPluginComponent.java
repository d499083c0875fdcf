package sre.components.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.llm.Llm;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmRequest;

/**
 * GPTPlugin / OpenAPI (§6.3): answers the {@code Prompt} (else {@code Query}) input through an LLM
 * conversation ({@link ToolLoop}) whose tools are the operations of the OpenAPI spec (JSON or YAML)
 * at {@code specUrl} ({@link OpenApiTools}); each tool call is an HTTP request to the spec's
 * server. System prompt: {@code descForModel} (else {@code desc}); output {@code Output}: the
 * post-processed final answer.
 *
 * <p>With the Echo model (or no model) the conversation fails before it starts, as AgentPlugin's
 * does in SRE; the component reports that failure message.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName({"GPTPlugin", "OpenAPI"})
public final class OpenApiPluginComponent implements sre.api.component.Component {
  private final HttpClients clients;
  private final Duration timeout;

  public OpenApiPluginComponent() {
    this(Duration.ofSeconds(30), Duration.ofSeconds(120));
  }

  OpenApiPluginComponent(Duration connectTimeout, Duration requestTimeout) {
    this.clients = new HttpClients(connectTimeout);
    this.timeout = requestTimeout;
  }

  @Deactivate
  private void deactivate() {
    clients.release();
  }

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    Object spec = config.get("specUrl");
    if (!(spec instanceof String s) || s.isBlank()) {
      return Optional.of("\"Specification URL\" is required");
    }
    return Optional.empty();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> config = call.config();
    Object spec = config.get("specUrl");
    if (!(spec instanceof String specUrl) || specUrl.isBlank()) {
      return Outputs.error("\"Specification URL\" is required");
    }
    String model = model(config);
    if (model == null || LlmInference.isEcho(model)) {
      return Outputs.error(AgentPluginComponent.ECHO_CRASH);
    }
    Llm llm = call.run().service(Llm.class);
    if (llm == null) {
      return Outputs.error(LlmInference.unavailable(model));
    }
    Object input =
        call.inputs().containsKey("Prompt")
            ? call.inputs().get("Prompt")
            : call.inputs().get("Query");
    String prompt = input == null ? "" : input instanceof String s ? s : Json.stringify(input);
    String query = LlmInference.enhance(prompt, call.declaredOutputs(), model, "<value>");
    String system = text(config.get("descForModel"), text(config.get("desc"), ""));
    var requester = llm.requester(call.run().candidate());
    return OpenApiTools.load(clients, specUrl, timeout)
        .thenCompose(
            tools -> {
              List<LlmMessage> messages =
                  system.isEmpty()
                      ? List.of(LlmMessage.user(query))
                      : List.of(LlmMessage.system(system), LlmMessage.user(query));
              LlmRequest request =
                  new LlmRequest(model, messages, LlmInference.options(config))
                      .withTools(tools.definitions());
              return new ToolLoop(requester, tools::call, ToolLoop.DEFAULT_MAX_ROUNDS).run(request);
            })
        .handle(
            (response, error) -> {
              if (error != null) {
                return LlmInference.failure(error, model);
              }
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("Output", LlmInference.parseReply(response.content(), model));
              return out;
            });
  }

  private static String model(Map<String, Object> config) {
    for (String key : new String[] {"model", "openAiModel"}) {
      Object v = config.get(key);
      if (JsValues.truthy(v)) {
        return String.valueOf(v);
      }
    }
    return null;
  }

  private static String text(Object value, String fallback) {
    return value instanceof String s && !s.isBlank() ? s : fallback;
  }
}
