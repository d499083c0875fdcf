package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.agent.AgentData;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentSource;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.llm.Llm;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmRequest;

/**
 * AgentPlugin (§5.12): calls a sub-agent of this runtime through an LLM conversation whose tools
 * are the sub-agent's AI-exposed endpoints ({@link AgentTools}, run by {@link ToolLoop}). System
 * prompt: {@code Assistant Name : <sub-agent name>\n\n<descForModel, else its behavior>}; user
 * message: the {@code Prompt} input (with the output-format enhancement for custom outputs); output
 * {@code Response}: the post-processed final answer.
 *
 * <p>With the Echo model (or no model) SRE's conversation crashes before it starts; the component
 * reports that failure message, as SRE does.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("AgentPlugin")
public final class AgentPluginComponent implements sre.api.component.Component {
  static final String FAILURE = "Error on running Agent Component!\n";
  static final String ECHO_CRASH = "Cannot read properties of undefined (reading 'addUserMessage')";

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object agentId = call.config().get("agentId");
    if (agentId == null || String.valueOf(agentId).isBlank()) {
      return Outputs.error(FAILURE + "Missing agentId");
    }
    String model = model(call.config());
    if (model == null || LlmInference.isEcho(model)) {
      return Outputs.error(FAILURE + ECHO_CRASH);
    }
    Llm llm = call.run().service(Llm.class);
    AgentData agents = call.run().service(AgentData.class);
    AgentRunner runner = call.run().service(AgentRunner.class);
    if (llm == null) {
      return Outputs.error(FAILURE + LlmInference.unavailable(model));
    }
    if (agents == null || runner == null) {
      return Outputs.error(FAILURE + "Agent runs are not available");
    }
    Optional<AgentSource> source = agents.find(String.valueOf(agentId));
    Optional<AgentTools> tools = source.flatMap(AgentTools::of);
    if (tools.isEmpty()) {
      return Outputs.error(FAILURE + "Agent " + agentId + " not found");
    }
    AgentTools agentTools = tools.get();
    Object instructions = call.config().get("descForModel");
    Object input = call.inputs().get("Prompt");
    String prompt = input == null ? "" : input instanceof String s ? s : Json.stringify(input);
    String query = LlmInference.enhance(prompt, call.declaredOutputs(), model, "<value>");
    LlmRequest request =
        new LlmRequest(
                model,
                List.of(
                    LlmMessage.system(
                        agentTools.systemPrompt(instructions instanceof String s ? s : null)),
                    LlmMessage.user(query)),
                LlmInference.options(call.config()))
            .withTools(agentTools.definitions());
    var candidate = call.run().candidate();
    ToolLoop loop =
        new ToolLoop(
            llm.requester(candidate),
            toolCall -> agentTools.call(runner, toolCall, candidate),
            ToolLoop.DEFAULT_MAX_ROUNDS);
    return loop.run(request)
        .handle(
            (response, error) -> {
              if (error != null) {
                Map<String, Object> failed = LlmInference.failure(error, model);
                failed.put("_error", FAILURE + failed.get("_error"));
                return failed;
              }
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("Response", LlmInference.parseReply(response.content(), model));
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
}
