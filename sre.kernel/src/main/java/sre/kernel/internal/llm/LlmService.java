package sre.kernel.internal.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.account.Account;
import sre.api.llm.Llm;
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmRequester;
import sre.api.llm.ModelsProvider;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.Subsystems;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;
import sre.kernel.internal.select.SubsystemService;

/**
 * LLM subsystem: every model request goes through {@link LlmCalls} (routing by the model registry,
 * vault keys, rate limit, retries, fallback, usage ledger) to a connector instance. Connectors come
 * and go at run time; each call uses the snapshot taken when it was routed.
 */
@Component(
    service = {Llm.class, SubsystemService.class},
    configurationPid = "sre.llm")
@Designate(ocd = LlmConfig.class)
public final class LlmService implements Llm, SubsystemService {
  private final Delays delays;
  private final LlmCalls calls;
  private volatile List<Provider> providers = List.of();
  private volatile RetryPolicy policy;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  volatile Vault vault;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  volatile Account account;

  @Activate
  public LlmService(
      LlmConfig config, @Reference ModelsProvider registry, @Reference UsageLedger ledger) {
    this(config, registry, ledger, Delays.SYSTEM, () -> ThreadLocalRandom.current().nextDouble());
  }

  LlmService(
      LlmConfig config,
      ModelsProvider registry,
      UsageLedger ledger,
      Delays delays,
      DoubleSupplier random) {
    this.delays = delays;
    modified(config);
    this.calls =
        new LlmCalls(
            registry,
            ledger,
            () -> providers,
            new KeyResolver(() -> vault),
            () -> account,
            () -> policy,
            delays,
            random);
  }

  @Modified
  void modified(LlmConfig config) {
    policy =
        new RetryPolicy(
            Math.max(1, config.retry_max_attempts()),
            Duration.ofMillis(config.retry_initial_backoff_ms()),
            Duration.ofMillis(config.retry_max_backoff_ms()),
            Math.min(1, Math.max(0, config.retry_jitter())),
            Duration.ofMillis(config.retry_after_max_ms()));
  }

  @Reference(
      name = "connectors",
      cardinality = ReferenceCardinality.AT_LEAST_ONE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      updated = "updatedConnector")
  synchronized void bindConnector(LlmConnector c, Map<String, Object> props) {
    List<Provider> next = new ArrayList<>(providers);
    next.removeIf(p -> p.connector() == c);
    next.add(Provider.of(c, props, delays.nanoTime()));
    providers = List.copyOf(next);
  }

  synchronized void updatedConnector(LlmConnector c, Map<String, Object> props) {
    bindConnector(c, props);
  }

  synchronized void unbindConnector(LlmConnector c) {
    List<Provider> next = new ArrayList<>(providers);
    next.removeIf(p -> p.connector() == c);
    providers = List.copyOf(next);
  }

  @Override
  public LlmRequester requester(AccessCandidate candidate) {
    return new ScopedLlm(candidate, calls);
  }

  @Override
  public String subsystem() {
    return Subsystems.LLM;
  }

  @Override
  public Optional<ConnectorBinding> selected() {
    List<Provider> snapshot = providers;
    if (snapshot.isEmpty()) {
      return Optional.empty();
    }
    Provider first = snapshot.get(0);
    return Optional.of(
        new ConnectorBinding(
            Subsystems.LLM,
            String.join(",", snapshot.stream().map(Provider::describe).toList()),
            first.instanceId(),
            first.ranking(),
            first.serviceId(),
            true));
  }
}
