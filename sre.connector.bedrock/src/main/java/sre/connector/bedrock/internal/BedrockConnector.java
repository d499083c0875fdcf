package sre.connector.bedrock.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.connector.ConnectorName;
import sre.api.llm.Embeddings;
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmCredentials;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmProviderException.Kind;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;

/**
 * AWS Bedrock's Converse API on the AWS SDK's bedrockruntime client: chat, tools, inline images and
 * the provider's usage. Streaming is not offered: ConverseStream needs the SDK's async client,
 * which needs Netty or CRT as its HTTP layer, neither of which this bundle embeds; embeddings
 * (InvokeModel with per-model bodies) are not offered either. One instance per factory
 * configuration; credentials are per call (the vault's secret is per team).
 */
@Component(
    service = LlmConnector.class,
    configurationPid = "sre.connector.bedrock",
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@ConnectorName("Bedrock")
@Designate(ocd = BedrockConfig.class, factory = true)
public final class BedrockConnector implements LlmConnector {
  private final String provider;
  private final Set<String> models;
  private final BedrockCalls calls;

  @Activate
  public BedrockConnector(BedrockConfig config) {
    this(config, System::getenv);
  }

  /** {@code environment} reads the variable named by secret.key.env (tests pass their own). */
  BedrockConnector(BedrockConfig config, UnaryOperator<String> environment) {
    this.provider = config.sre_connector_name();
    this.models = Set.of(config.models());
    this.calls = new BedrockCalls(config, environment);
  }

  @Deactivate
  void deactivate() {
    calls.close();
  }

  @Override
  public Set<String> models() {
    return models;
  }

  @Override
  public CompletionStage<LlmResponse> chat(LlmRequest request) {
    return chat(request, LlmCredentials.NONE);
  }

  @Override
  public CompletionStage<LlmResponse> chat(LlmRequest request, LlmCredentials credentials) {
    return calls.converse(request, credentials);
  }

  @Override
  public CompletionStage<LlmResponse> chatStream(LlmRequest request, Consumer<String> onToken) {
    return chatStream(request, LlmCredentials.NONE, onToken);
  }

  @Override
  public CompletionStage<LlmResponse> chatStream(
      LlmRequest request, LlmCredentials credentials, Consumer<String> onToken) {
    return CompletableFuture.failedFuture(
        new LlmProviderException(
            Kind.UNSUPPORTED, provider + " connector offers no streaming (ConverseStream)"));
  }

  @Override
  public CompletionStage<List<float[]>> embed(String model, List<String> texts) {
    return embed(model, texts, LlmCredentials.NONE).thenApply(Embeddings::vectors);
  }

  @Override
  public CompletionStage<Embeddings> embed(
      String model, List<String> texts, LlmCredentials credentials) {
    return CompletableFuture.failedFuture(
        new LlmProviderException(Kind.UNSUPPORTED, provider + " connector offers no embeddings"));
  }
}
