package sre.connector.lc4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sre.api.llm.LlmAttachment;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmRequest;
import sre.api.llm.ResponseFormat;
import sre.api.llm.ToolDefinition;

/** SRE's {@link LlmRequest} as a provider-neutral langchain4j {@link ChatRequest}. */
public final class Lc4jRequests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Lc4jRequests() {}

  public static ChatRequest chatRequest(LlmRequest request) {
    return chatRequest(request, DefaultChatRequestParameters.builder());
  }

  /**
   * As {@link #chatRequest(LlmRequest)}, on a provider's own parameters builder (already holding
   * what only that provider has, e.g. OpenAI's reasoning effort).
   */
  public static ChatRequest chatRequest(
      LlmRequest request, DefaultChatRequestParameters.Builder<?> p) {
    p.modelName(request.model());
    Double maxTokens = request.number(LlmRequest.MAX_TOKENS);
    if (maxTokens != null) {
      p.maxOutputTokens(maxTokens.intValue());
    }
    p.temperature(request.number(LlmRequest.TEMPERATURE));
    p.topP(request.number(LlmRequest.TOP_P));
    if (request.options().get(LlmRequest.STOP) instanceof List<?> stop && !stop.isEmpty()) {
      p.stopSequences(stop.stream().map(String::valueOf).toList());
    }
    if (!request.tools().isEmpty()) {
      p.toolSpecifications(request.tools().stream().map(Lc4jRequests::tool).toList());
      if ("required".equals(request.options().get(LlmRequest.TOOL_CHOICE))) {
        p.toolChoice(ToolChoice.REQUIRED);
      }
    }
    if (request.responseFormat() == ResponseFormat.JSON) {
      p.responseFormat(dev.langchain4j.model.chat.request.ResponseFormat.JSON);
    }
    return ChatRequest.builder()
        .messages(messages(request.messages()))
        .parameters(p.build())
        .build();
  }

  public static List<ChatMessage> messages(List<LlmMessage> messages) {
    List<ChatMessage> out = new ArrayList<>(messages.size());
    for (LlmMessage m : messages) {
      out.add(message(m));
    }
    return out;
  }

  private static ChatMessage message(LlmMessage m) {
    switch (m.role()) {
      case "system":
        return SystemMessage.from(m.content());
      case "assistant":
        if (m.toolCalls().isEmpty()) {
          return AiMessage.from(m.content());
        }
        List<ToolExecutionRequest> calls =
            m.toolCalls().stream()
                .map(
                    c ->
                        ToolExecutionRequest.builder()
                            .id(c.id())
                            .name(c.name())
                            .arguments(c.arguments())
                            .build())
                .toList();
        return m.content().isEmpty() ? AiMessage.from(calls) : AiMessage.from(m.content(), calls);
      case "tool":
        return ToolExecutionResultMessage.from(m.toolCallId(), m.toolName(), m.content());
      default:
        if (m.attachments().isEmpty()) {
          return UserMessage.from(m.content());
        }
        List<Content> contents = new ArrayList<>();
        if (!m.content().isEmpty()) {
          contents.add(TextContent.from(m.content()));
        }
        for (LlmAttachment a : m.attachments()) {
          contents.add(
              a.url() != null
                  ? ImageContent.from(a.url())
                  : ImageContent.from(a.base64Data(), a.mimeType()));
        }
        return UserMessage.from(contents);
    }
  }

  /**
   * The tool's JSON Schema kept as written: each property travels as a raw schema, so nothing the
   * caller wrote is lost in translation to langchain4j's schema model.
   */
  public static ToolSpecification tool(ToolDefinition t) {
    JsonNode schema;
    try {
      schema = JSON.readTree(t.parametersSchema());
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("Tool '" + t.name() + "': parameters are not JSON", e);
    }
    Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            e -> properties.put(e.getKey(), JsonRawSchema.from(e.getValue().toString())));
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(n -> required.add(n.asText()));
    JsonObjectSchema.Builder params = JsonObjectSchema.builder().addProperties(properties);
    if (!required.isEmpty()) {
      params.required(required);
    }
    return ToolSpecification.builder()
        .name(t.name())
        .description(t.description().isEmpty() ? null : t.description())
        .parameters(params.build())
        .build();
  }
}
