package sre.connector.openai.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmRequester;
import sre.api.security.AccessCandidate;

/**
 * Overhead of an LLM call through the kernel's LLM service (routing, vault key, rate-limit check,
 * retry wrapper, ledger) and the OpenAI connector (langchain4j mapping, JSON both ways) versus a
 * direct call on the same kind of JDK client (serialise the request with Jackson, POST it with a
 * read timeout, parse the answer with Jackson) to the same local server. Prints p50/p90/p99 in
 * microseconds. Run with {@code -Dsun.net.httpserver.nodelay=true}: without it the JDK test server
 * waits on delayed ACKs and every exchange takes ~40 ms.
 */
public final class LlmOverheadBench {
  private static final int WARMUP = 3_000;
  private static final int RUNS = 10_000;

  private LlmOverheadBench() {}

  public static void main(String[] args) throws Exception {
    String answer = OpenAiConnectorTest.completion("Hello there", "stop", 12, 3);
    try (FakeOpenAi server = new FakeOpenAi(false)) {
      server.always(FakeOpenAi.json(200, answer));
      OpenAiConnector connector =
          new OpenAiConnector(Cfg.of(OpenAiConfig.class, Map.of("base_url", server.baseUrl())));
      KernelWiring kernel = new KernelWiring(connector, Map.of(), Map.of("openai", "sk-bench-key"));
      LlmRequester llm = kernel.service.requester(AccessCandidate.agent("bench"));
      LlmRequest request = LlmRequest.of("gpt-4o-mini", LlmMessage.user("hi"));

      HttpClient http = HttpClient.newHttpClient();
      ObjectMapper json = new ObjectMapper();
      URI endpoint = URI.create(server.baseUrl() + "/chat/completions");
      // What a caller must do anyway: serialise its request, send it with a read timeout (the
      // connector always has one), parse the answer.
      Callable<Object> directCall =
          () -> {
            String body =
                json.writeValueAsString(
                    Map.of(
                        "model",
                        "gpt-4o-mini",
                        "messages",
                        List.of(Map.of("role", "user", "content", "hi"))));
            HttpRequest direct =
                HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer sk-bench-key")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return json.readTree(http.send(direct, HttpResponse.BodyHandlers.ofByteArray()).body());
          };
      Callable<Object> kernelCall = () -> llm.chat(request).toCompletableFuture().join();
      // The kernel's policy alone: the same service on a connector that answers at once.
      LlmRequester policyOnly =
          new KernelWiring(new InstantConnector(), Map.of(), Map.of("openai", "sk-bench-key"))
              .service.requester(AccessCandidate.agent("bench"));
      Callable<Object> policyCall = () -> policyOnly.chat(request).toCompletableFuture().join();

      measure("policy", policyCall, WARMUP * 10);
      measure("policy", policyCall, RUNS * 10);
      // Interleaved in blocks, so that drift on a busy machine hits both sides alike.
      long[][] dk = interleaved(directCall, kernelCall, WARMUP);
      report("direct", dk[0]);
      report("kernel", dk[1]);
      dk = interleaved(directCall, kernelCall, RUNS);
      long[] d = report("direct", dk[0]);
      long[] k = report("kernel", dk[1]);
      System.out.printf(
          "added by kernel+connector: p50 %d us, p90 %d us%n",
          (pct(k, 50) - pct(d, 50)) / 1000, (pct(k, 90) - pct(d, 90)) / 1000);
      connector.deactivate();
    }
  }

  /** Answers every chat at once, so only the kernel's policy is timed. */
  private static final class InstantConnector implements sre.api.llm.LlmConnector {
    private static final sre.api.llm.LlmResponse ANSWER =
        new sre.api.llm.LlmResponse("Hello there", "stop", new sre.api.llm.TokenUsage(12, 3));

    @Override
    public java.util.Set<String> models() {
      return java.util.Set.of();
    }

    @Override
    public java.util.concurrent.CompletionStage<sre.api.llm.LlmResponse> chat(LlmRequest r) {
      return java.util.concurrent.CompletableFuture.completedFuture(ANSWER);
    }

    @Override
    public java.util.concurrent.CompletionStage<sre.api.llm.LlmResponse> chatStream(
        LlmRequest r, java.util.function.Consumer<String> onToken) {
      return chat(r);
    }

    @Override
    public java.util.concurrent.CompletionStage<java.util.List<float[]>> embed(
        String model, java.util.List<String> texts) {
      return java.util.concurrent.CompletableFuture.completedFuture(java.util.List.of());
    }
  }

  private static final int BLOCK = 250;

  private static long[][] interleaved(Callable<Object> a, Callable<Object> b, int runs)
      throws Exception {
    long[][] t = {new long[runs], new long[runs]};
    for (int from = 0; from < runs; from += BLOCK) {
      int to = Math.min(runs, from + BLOCK);
      time(a, t[0], from, to);
      time(b, t[1], from, to);
    }
    return t;
  }

  private static void time(Callable<Object> call, long[] t, int from, int to) throws Exception {
    for (int i = from; i < to; i++) {
      long start = System.nanoTime();
      call.call();
      t[i] = System.nanoTime() - start;
    }
  }

  private static long[] measure(String name, Callable<Object> call, int runs) throws Exception {
    long[] t = new long[runs];
    time(call, t, 0, runs);
    return report(name, t);
  }

  private static long[] report(String name, long[] t) {
    int runs = t.length;
    Arrays.sort(t);
    System.out.printf(
        "%-7s n=%d p50 %d us  p90 %d us  p99 %d us%n",
        name, runs, pct(t, 50) / 1000, pct(t, 90) / 1000, pct(t, 99) / 1000);
    return t;
  }

  private static long pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
  }
}
