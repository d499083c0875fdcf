package sre.components.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sre.api.component.support.Json;
import sre.api.llm.LlmMessage;

/**
 * LLMAssistant's stored conversation: a JSON list of {@code {role, content}}, read back newest
 * first until a token budget is spent (the system message always kept). Tokens are estimated as one
 * per four characters plus three per message, where SRE counts with the GPT tokenizer.
 */
final class ConversationHistory {
  private ConversationHistory() {}

  static String toJson(List<LlmMessage> messages) {
    List<Object> out = new ArrayList<>();
    for (LlmMessage m : messages) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("role", m.role());
      one.put("content", m.content());
      out.add(one);
    }
    return Json.stringify(out);
  }

  /** The stored messages that fit in {@code maxTokens}; a mutable list, empty when none. */
  static List<LlmMessage> trimmed(Optional<String> raw, int maxTokens) {
    List<LlmMessage> all = parse(raw);
    List<LlmMessage> kept = new ArrayList<>();
    LlmMessage system = !all.isEmpty() && all.get(0).role().equals("system") ? all.get(0) : null;
    int tokens = system == null ? 0 : tokens(system);
    for (int i = all.size() - 1; i >= 0; i--) {
      LlmMessage m = all.get(i);
      if (m.role().equals("system")) {
        continue;
      }
      if (tokens + tokens(m) > maxTokens) {
        break;
      }
      kept.add(0, m);
      tokens += tokens(m);
    }
    if (system != null) {
      kept.add(0, system);
    }
    return kept;
  }

  private static int tokens(LlmMessage m) {
    return (m.content().length() + 3) / 4 + 3;
  }

  private static List<LlmMessage> parse(Optional<String> raw) {
    List<LlmMessage> out = new ArrayList<>();
    if (raw.isEmpty() || !(Json.parseLenient(raw.get()) instanceof List<?> list)) {
      return out;
    }
    for (Object item : list) {
      if (item instanceof Map<?, ?> m && m.get("role") instanceof String role) {
        Object content = m.get("content");
        out.add(new LlmMessage(role, content == null ? "" : String.valueOf(content)));
      }
    }
    return out;
  }
}
