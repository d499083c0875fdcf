package sre.components.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmRequester;
import sre.api.llm.LlmResponse;
import sre.api.llm.ToolCall;

/**
 * SRE's {@code Conversation} loop (§7.5) for components: chat with tools, run the tool calls the
 * model asks for, append their results and chat again, until the model answers without tool calls
 * or {@code maxRounds} tool rounds have run. Then the remaining calls get a "deferred" result and
 * the model is asked once more, without tools, for its final answer. Every step is a composed
 * stage; no thread waits for the model or a tool.
 */
final class ToolLoop {
  /** Tool rounds allowed before the model must answer. */
  static final int DEFAULT_MAX_ROUNDS = 8;

  static final String DEFERRED =
      "Tool call deferred: the maximum number of tool calls was reached.";
  static final String FINAL_INSTRUCTION =
      "The maximum number of tool calls was reached. Answer now with the information you have.";

  private final LlmRequester requester;
  private final Function<ToolCall, CompletionStage<String>> tools;
  private final int maxRounds;

  /**
   * @param requester the LLM bound to the run's candidate
   * @param tools runs one tool call and completes with its result text; a failed stage becomes an
   *     {@code Error: ...} result the model sees
   * @param maxRounds tool rounds allowed (at least 1)
   */
  ToolLoop(
      LlmRequester requester, Function<ToolCall, CompletionStage<String>> tools, int maxRounds) {
    this.requester = requester;
    this.tools = tools;
    this.maxRounds = Math.max(1, maxRounds);
  }

  /** Runs the conversation; completes with the model's last answer (no tool calls). */
  CompletionStage<LlmResponse> run(LlmRequest request) {
    return round(request, 0);
  }

  private CompletionStage<LlmResponse> round(LlmRequest request, int round) {
    return requester
        .chat(request)
        .thenCompose(
            response -> {
              if (!response.usesTools()) {
                return CompletableFuture.completedFuture(response);
              }
              List<LlmMessage> messages = new ArrayList<>(request.messages());
              messages.add(LlmMessage.assistant(response.content(), response.toolCalls()));
              if (round >= maxRounds) {
                for (ToolCall call : response.toolCalls()) {
                  messages.add(LlmMessage.toolResult(call, DEFERRED));
                }
                messages.add(LlmMessage.system(FINAL_INSTRUCTION));
                return requester.chat(
                    new LlmRequest(
                        request.model(),
                        messages,
                        request.options(),
                        List.of(),
                        request.responseFormat()));
              }
              return runCalls(response.toolCalls())
                  .thenCompose(
                      results -> {
                        for (int i = 0; i < results.size(); i++) {
                          messages.add(
                              LlmMessage.toolResult(response.toolCalls().get(i), results.get(i)));
                        }
                        return round(
                            new LlmRequest(
                                request.model(),
                                messages,
                                request.options(),
                                request.tools(),
                                request.responseFormat()),
                            round + 1);
                      });
            });
  }

  /** Runs the calls of one round concurrently; results in call order. */
  private CompletionStage<List<String>> runCalls(List<ToolCall> calls) {
    List<CompletableFuture<String>> pending = new ArrayList<>(calls.size());
    for (ToolCall call : calls) {
      pending.add(runCall(call));
    }
    return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
        .thenApply(done -> pending.stream().map(CompletableFuture::join).toList());
  }

  private CompletableFuture<String> runCall(ToolCall call) {
    CompletionStage<String> stage;
    try {
      stage = tools.apply(call);
    } catch (RuntimeException e) {
      stage = CompletableFuture.failedFuture(e);
    }
    return stage
        .handle(
            (result, error) -> {
              if (error == null) {
                return result == null ? "" : result;
              }
              Throwable cause = Outputs.cause(error);
              return "Error: " + (cause.getMessage() != null ? cause.getMessage() : cause);
            })
        .toCompletableFuture();
  }
}
