package sre.connector.bedrock.internal;

import sre.connector.lc4j.FakeProvider;

/** Converse API answers, as bedrock-runtime writes them. */
final class ConverseWire {
  private ConverseWire() {}

  static String answer(String text, String stopReason, int in, int out) {
    return "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\""
        + text
        + "\"}]}},\"stopReason\":\""
        + stopReason
        + "\",\"usage\":{\"inputTokens\":"
        + in
        + ",\"outputTokens\":"
        + out
        + ",\"totalTokens\":"
        + (in + out)
        + "},\"metrics\":{\"latencyMs\":42}}";
  }

  /** An AWS JSON error: the type in x-amzn-ErrorType, the text in the body. */
  static FakeProvider.Answer error(int status, String type, String message) {
    return exchange -> {
      exchange.getResponseHeaders().add("x-amzn-ErrorType", type + ":http://internal.amazon.com/");
      FakeProvider.send(exchange, status, "{\"message\":\"" + message + "\"}");
    };
  }
}
