package sre.connector.bedrock.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.model.AnyToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.AutoToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ImageBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ImageFormat;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;
import sre.api.llm.LlmAttachment;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmProviderException.Kind;
import sre.api.llm.LlmRequest;
import sre.api.llm.ResponseFormat;
import sre.api.llm.ToolCall;
import sre.api.llm.ToolDefinition;

/**
 * An {@link LlmRequest} as a Converse request. Converse wants user and assistant turns to alternate
 * and carries tool results inside user turns, so consecutive turns of one role are merged.
 */
final class ConverseRequests {
  /** Converse has no JSON switch that works without a schema: the model is told instead. */
  static final String JSON_INSTRUCTION =
      "Answer with a single valid JSON object and nothing else: no prose, no code fences.";

  private ConverseRequests() {}

  static ConverseRequest.Builder from(LlmRequest request, String provider) {
    ConverseRequest.Builder converse = ConverseRequest.builder().modelId(request.model());
    List<SystemContentBlock> system = new ArrayList<>();
    List<Message> turns = new ArrayList<>();
    for (LlmMessage m : request.messages()) {
      if (m.role().equals("system")) {
        system.add(SystemContentBlock.fromText(m.content()));
      } else {
        append(turns, role(m), blocks(m, provider));
      }
    }
    if (request.responseFormat() == ResponseFormat.JSON) {
      system.add(SystemContentBlock.fromText(JSON_INSTRUCTION));
    }
    if (!system.isEmpty()) {
      converse.system(system);
    }
    converse.messages(turns);
    InferenceConfiguration inference = inference(request);
    if (inference != null) {
      converse.inferenceConfig(inference);
    }
    if (!request.tools().isEmpty()) {
      converse.toolConfig(tools(request, provider));
    }
    return converse;
  }

  private static ConversationRole role(LlmMessage m) {
    return m.role().equals("assistant") ? ConversationRole.ASSISTANT : ConversationRole.USER;
  }

  private static void append(List<Message> turns, ConversationRole role, List<ContentBlock> add) {
    int last = turns.size() - 1;
    if (last >= 0 && turns.get(last).role() == role) {
      List<ContentBlock> merged = new ArrayList<>(turns.get(last).content());
      merged.addAll(add);
      turns.set(last, Message.builder().role(role).content(merged).build());
    } else {
      turns.add(Message.builder().role(role).content(add).build());
    }
  }

  private static List<ContentBlock> blocks(LlmMessage m, String provider) {
    List<ContentBlock> blocks = new ArrayList<>();
    if (m.role().equals("tool")) {
      blocks.add(
          ContentBlock.fromToolResult(
              ToolResultBlock.builder()
                  .toolUseId(m.toolCallId())
                  .content(ToolResultContentBlock.fromText(m.content()))
                  .build()));
      return blocks;
    }
    if (!m.content().isEmpty()) {
      blocks.add(ContentBlock.fromText(m.content()));
    }
    for (LlmAttachment a : m.attachments()) {
      blocks.add(ContentBlock.fromImage(image(a, provider)));
    }
    for (ToolCall call : m.toolCalls()) {
      blocks.add(
          ContentBlock.fromToolUse(
              ToolUseBlock.builder()
                  .toolUseId(call.id())
                  .name(call.name())
                  .input(json(call.arguments(), "arguments of tool call " + call.name(), provider))
                  .build()));
    }
    if (blocks.isEmpty()) {
      blocks.add(ContentBlock.fromText(m.content()));
    }
    return blocks;
  }

  private static ImageBlock image(LlmAttachment a, String provider) {
    if (a.url() != null) {
      throw invalid(provider, "takes inline (base64) images only, not URLs");
    }
    ImageFormat format = ImageFormat.fromValue(a.mimeType().replaceFirst("^image/", ""));
    if (!a.mimeType().startsWith("image/") || format == ImageFormat.UNKNOWN_TO_SDK_VERSION) {
      throw invalid(provider, "takes png, jpeg, gif or webp images, not " + a.mimeType());
    }
    return ImageBlock.builder()
        .format(format)
        .source(s -> s.bytes(SdkBytes.fromByteArray(Base64.getDecoder().decode(a.base64Data()))))
        .build();
  }

  private static InferenceConfiguration inference(LlmRequest request) {
    InferenceConfiguration.Builder b = InferenceConfiguration.builder();
    boolean any = false;
    Double maxTokens = request.number(LlmRequest.MAX_TOKENS);
    if (maxTokens != null) {
      b.maxTokens(maxTokens.intValue());
      any = true;
    }
    Double temperature = request.number(LlmRequest.TEMPERATURE);
    if (temperature != null) {
      b.temperature(temperature.floatValue());
      any = true;
    }
    Double topP = request.number(LlmRequest.TOP_P);
    if (topP != null) {
      b.topP(topP.floatValue());
      any = true;
    }
    if (request.options().get(LlmRequest.STOP) instanceof List<?> stops && !stops.isEmpty()) {
      b.stopSequences(stops.stream().map(String::valueOf).toList());
      any = true;
    }
    return any ? b.build() : null;
  }

  private static ToolConfiguration tools(LlmRequest request, String provider) {
    List<Tool> tools = new ArrayList<>();
    for (ToolDefinition t : request.tools()) {
      ToolSpecification.Builder spec =
          ToolSpecification.builder()
              .name(t.name())
              .inputSchema(
                  ToolInputSchema.fromJson(
                      json(t.parametersSchema(), "schema of tool " + t.name(), provider)));
      if (!t.description().isEmpty()) {
        spec.description(t.description());
      }
      tools.add(Tool.fromToolSpec(spec.build()));
    }
    ToolConfiguration.Builder config = ToolConfiguration.builder().tools(tools);
    Object choice = request.options().get(LlmRequest.TOOL_CHOICE);
    if ("required".equals(choice)) {
      config.toolChoice(ToolChoice.fromAny(AnyToolChoice.builder().build()));
    } else if ("auto".equals(choice)) {
      config.toolChoice(ToolChoice.fromAuto(AutoToolChoice.builder().build()));
    }
    return config.build();
  }

  private static software.amazon.awssdk.core.document.Document json(
      String text, String what, String provider) {
    try {
      return JsonDocuments.parse(text);
    } catch (JsonProcessingException e) {
      throw invalid(provider, "request has invalid JSON in the " + what);
    }
  }

  private static LlmProviderException invalid(String provider, String why) {
    return new LlmProviderException(Kind.BAD_REQUEST, provider + ": " + why);
  }
}
