package sre.components.internal;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/**
 * AgentPlugin: SRE calls the sub-agent through an LLM conversation whose tools are the sub-agent's
 * endpoints (§5.12). That conversation needs tool calling from the LLM service, which this runtime
 * does not offer to components yet, so the component reports SRE's failure message, as SRE does
 * with a model that cannot hold such a conversation (Echo).
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("AgentPlugin")
public final class AgentPluginComponent implements sre.api.component.Component {
  static final String FAILURE = "Error on running Agent Component!\n";

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object agentId = call.config().get("agentId");
    if (agentId == null || String.valueOf(agentId).isBlank()) {
      return Outputs.error(FAILURE + "Missing agentId");
    }
    return Outputs.error(
        FAILURE + "Agent conversations with tools are not available for agent " + agentId);
  }
}
