package sre.connector.local.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Component;
import sre.api.connector.ConnectorName;
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.api.llm.TokenUsage;

/**
 * SRE's {@code Echo} provider (spec §7.2), deterministic and offline, for tests and demos:
 *
 * <ul>
 *   <li>{@code chat} answers with the content of the <em>first</em> message, whatever its role;
 *   <li>{@code chatStream} answers with the content of the <em>last user</em> message, streamed
 *       word by word: it is split on single spaces and each piece but the last is sent with its
 *       space, so the tokens concatenate back to the exact text;
 *   <li>finish reason {@code stop}, usage zero (SRE reports {@code usage: {}}); no message gives an
 *       empty answer;
 *   <li>{@code embed}: see {@link EchoEmbeddings}.
 * </ul>
 *
 * Tokens are delivered on the caller's thread before the stage completes; SRE's 3 ms pacing is left
 * out, as it only slowed tests down.
 */
@Component(service = LlmConnector.class)
@ConnectorName("Echo")
public final class EchoLlm implements LlmConnector {

  static final String MODEL = "Echo";

  private final EchoEmbeddings embeddings = new EchoEmbeddings();

  @Override
  public Set<String> models() {
    return Set.of(MODEL);
  }

  @Override
  public CompletionStage<LlmResponse> chat(LlmRequest request) {
    return Answers.now(
        () -> {
          List<LlmMessage> messages = request.messages();
          return answer(messages.isEmpty() ? "" : messages.get(0).content());
        });
  }

  @Override
  public CompletionStage<LlmResponse> chatStream(LlmRequest request, Consumer<String> onToken) {
    return Answers.now(
        () -> {
          String text = lastUserMessage(request);
          tokens(text).forEach(onToken);
          return answer(text);
        });
  }

  @Override
  public CompletionStage<List<float[]>> embed(String model, List<String> texts) {
    return Answers.now(() -> texts.stream().map(embeddings::embed).toList());
  }

  /** The pieces {@code chatStream} sends: words with their following space. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    String[] words = text.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      String token = i < words.length - 1 ? words[i] + " " : words[i];
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  private static String lastUserMessage(LlmRequest request) {
    List<LlmMessage> messages = request.messages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      if ("user".equals(messages.get(i).role())) {
        return messages.get(i).content();
      }
    }
    return "";
  }

  private static LlmResponse answer(String content) {
    return new LlmResponse(content, "stop", TokenUsage.NONE);
  }
}
