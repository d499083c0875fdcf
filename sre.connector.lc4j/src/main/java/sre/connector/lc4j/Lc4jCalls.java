package sre.connector.lc4j;

import dev.langchain4j.data.image.Image;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.image.ImageModel;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import sre.api.llm.Embeddings;
import sre.api.llm.GeneratedImage;
import sre.api.llm.GeneratedImages;
import sre.api.llm.ImageRequest;
import sre.api.llm.LlmCredentials;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.api.llm.TokenUsage;

/**
 * The calls of one connector instance on langchain4j models: blocking calls run on the instance's
 * bounded pool, streams on langchain4j's callbacks; every call owns an {@link Exchange}, so
 * cancelling its stage aborts the HTTP exchange; every failure becomes an {@link
 * LlmProviderException}. One JDK HTTP client per instance.
 */
public final class Lc4jCalls implements AutoCloseable {
  private final String provider;
  private final CallPool pool;
  private final ExchangeHttpClient http;
  private final Function<Throwable, LlmProviderException> providerFailures;
  private final Function<LlmRequest, ChatRequest> requests;

  /**
   * @param endOfStream recognizes the provider's end-of-stream event; a stream closed without it is
   *     reported as cut
   * @param providerFailures maps failures only this provider's langchain4j module raises (e.g. an
   *     error event inside a stream); {@code null} for the rest, which {@link Failures} maps
   */
  public Lc4jCalls(
      String provider,
      Duration connectTimeout,
      Duration readTimeout,
      int maxConcurrentCalls,
      Predicate<ServerSentEvent> endOfStream,
      Function<Throwable, LlmProviderException> providerFailures) {
    this(
        provider,
        connectTimeout,
        readTimeout,
        maxConcurrentCalls,
        endOfStream,
        providerFailures,
        Lc4jRequests::chatRequest);
  }

  /**
   * @param requests builds a provider's chat requests when it has parameters of its own (e.g.
   *     Anthropic's thinking budget); see {@link Lc4jRequests#chatRequest(LlmRequest,
   *     dev.langchain4j.model.chat.request.DefaultChatRequestParameters.Builder)}
   */
  public Lc4jCalls(
      String provider,
      Duration connectTimeout,
      Duration readTimeout,
      int maxConcurrentCalls,
      Predicate<ServerSentEvent> endOfStream,
      Function<Throwable, LlmProviderException> providerFailures,
      Function<LlmRequest, ChatRequest> requests) {
    this.provider = provider;
    this.providerFailures = providerFailures;
    this.requests = requests;
    this.pool = new CallPool("sre-llm-" + provider, maxConcurrentCalls);
    this.http =
        new ExchangeHttpClient(
            HttpClient.newBuilder().connectTimeout(connectTimeout).build(),
            readTimeout,
            pool,
            endOfStream);
  }

  /** What langchain4j model builders get: the instance's client, never one of their own. */
  public HttpClientBuilder httpClientBuilder() {
    return new ExchangeHttpClientBuilder(http);
  }

  public CompletionStage<LlmResponse> chat(
      Supplier<ChatModel> model, LlmRequest request, LlmCredentials credentials) {
    Exchange exchange = new Exchange();
    return pool.submit(
        exchange,
        () -> {
          ChatModel m = model.get();
          return Lc4jResponses.response(
              http.within(exchange, () -> m.chat(requests.apply(request))));
        },
        e -> failure(e, credentials));
  }

  public CompletionStage<LlmResponse> chatStream(
      Supplier<StreamingChatModel> model,
      LlmRequest request,
      LlmCredentials credentials,
      Consumer<String> onToken) {
    Exchange exchange = new Exchange();
    CompletableFuture<LlmResponse> result = new CompletableFuture<>();
    result.whenComplete((r, e) -> exchange.abort());
    StreamingChatResponseHandler handler =
        new StreamingChatResponseHandler() {
          @Override
          public void onPartialResponse(String partial) {
            if (!result.isDone()) {
              onToken.accept(partial);
            }
          }

          @Override
          public void onCompleteResponse(ChatResponse response) {
            result.complete(Lc4jResponses.response(response));
          }

          @Override
          public void onError(Throwable error) {
            result.completeExceptionally(failure(error, credentials));
          }
        };
    try {
      StreamingChatModel m = model.get();
      http.within(
          exchange,
          () -> {
            m.chat(requests.apply(request), handler);
            return null;
          });
    } catch (RuntimeException e) {
      result.completeExceptionally(failure(e, credentials));
    }
    return result;
  }

  public CompletionStage<Embeddings> embed(
      Supplier<EmbeddingModel> model, List<String> texts, LlmCredentials credentials) {
    Exchange exchange = new Exchange();
    return pool.submit(
        exchange,
        () -> {
          EmbeddingModel embedder = model.get();
          var answer =
              http.within(
                  exchange,
                  () -> embedder.embedAll(texts.stream().map(TextSegment::from).toList()));
          return new Embeddings(
              answer.content().stream().map(e -> e.vector()).toList(),
              Lc4jResponses.usage(answer.tokenUsage()));
        },
        e -> failure(e, credentials));
  }

  /**
   * Generates images with a langchain4j image model on the pool. langchain4j's image models report
   * no token usage, so the ledger line carries none.
   */
  public CompletionStage<GeneratedImages> images(
      Supplier<ImageModel> model, ImageRequest request, LlmCredentials credentials) {
    Exchange exchange = new Exchange();
    return pool.submit(
        exchange,
        () -> {
          ImageModel m = model.get();
          List<Image> images =
              http.within(
                  exchange,
                  () ->
                      request.count() == 1
                          ? List.of(m.generate(request.prompt()).content())
                          : m.generate(request.prompt(), request.count()).content());
          return new GeneratedImages(
              images.stream().map(Lc4jCalls::image).toList(), TokenUsage.NONE);
        },
        e -> failure(e, credentials));
  }

  private static GeneratedImage image(Image image) {
    byte[] data =
        image.base64Data() == null ? null : Base64.getDecoder().decode(image.base64Data());
    return new GeneratedImage(
        data,
        image.url() == null ? null : image.url().toString(),
        image.mimeType(),
        image.revisedPrompt());
  }

  /** Servers without authentication still get a syntactically valid key. */
  public static String keyOrNone(LlmCredentials credentials) {
    return credentials.isPresent() ? credentials.apiKey() : "none";
  }

  private Throwable failure(Throwable e, LlmCredentials credentials) {
    if (providerFailures != null) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        LlmProviderException mapped = providerFailures.apply(t);
        if (mapped != null) {
          return mapped;
        }
      }
    }
    return Failures.toProvider(provider, e, credentials.apiKey());
  }

  @Override
  public void close() {
    pool.close();
  }
}
