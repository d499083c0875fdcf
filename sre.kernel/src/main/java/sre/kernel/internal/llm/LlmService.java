package sre.kernel.internal.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.connector.ConnectorProperties;
import sre.api.llm.Llm;
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmRequester;
import sre.api.llm.LlmResponse;
import sre.api.llm.UnknownModelException;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.Subsystems;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessRole;
import sre.kernel.internal.select.SubsystemService;

/**
 * LLM subsystem: routes each request by model name to the highest-ranked connector that serves it.
 * Connectors come and go at run time; each call uses the snapshot taken when it started.
 */
@Component(
    service = {Llm.class, SubsystemService.class},
    configurationPid = "sre.llm")
@Designate(ocd = LlmConfig.class)
public final class LlmService implements Llm, SubsystemService {
  private record Provider(
      LlmConnector connector, Map<String, Object> props, int ranking, long id) {}

  private volatile List<Provider> providers = List.of();

  @Activate
  public LlmService() {}

  @Reference(
      name = "connectors",
      cardinality = ReferenceCardinality.AT_LEAST_ONE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      updated = "updatedConnector")
  synchronized void bindConnector(LlmConnector c, Map<String, Object> props) {
    List<Provider> next = new ArrayList<>(providers);
    next.removeIf(p -> p.connector == c);
    Object r = props.get(Constants.SERVICE_RANKING);
    Object id = props.get(Constants.SERVICE_ID);
    next.add(
        new Provider(
            c, Map.copyOf(props), r instanceof Integer i ? i : 0, id instanceof Long l ? l : 0));
    next.sort(
        Comparator.comparingInt(Provider::ranking).reversed().thenComparingLong(Provider::id));
    providers = List.copyOf(next);
  }

  synchronized void updatedConnector(LlmConnector c, Map<String, Object> props) {
    bindConnector(c, props);
  }

  synchronized void unbindConnector(LlmConnector c) {
    List<Provider> next = new ArrayList<>(providers);
    next.removeIf(p -> p.connector == c);
    providers = List.copyOf(next);
  }

  Optional<LlmConnector> route(String model) {
    String wanted = model.toLowerCase(Locale.ROOT);
    for (Provider p : providers) {
      if (p.connector.models().stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).equals(wanted))) {
        return Optional.of(p.connector);
      }
    }
    return Optional.empty();
  }

  @Override
  public LlmRequester requester(AccessCandidate candidate) {
    return new LlmRequester() {
      @Override
      public CompletionStage<LlmResponse> chat(LlmRequest request) {
        return call(request.model(), c -> c.chat(request));
      }

      @Override
      public CompletionStage<LlmResponse> chatStream(LlmRequest request, Consumer<String> onToken) {
        return call(request.model(), c -> c.chatStream(request, onToken));
      }

      @Override
      public CompletionStage<List<float[]>> embed(String model, List<String> texts) {
        return call(model, c -> c.embed(model, texts));
      }

      private <T> CompletionStage<T> call(
          String model, Function<LlmConnector, CompletionStage<T>> op) {
        if (candidate.role() == AccessRole.PUBLIC) {
          // Model calls cost money: anonymous callers reach them only through an agent.
          return CompletableFuture.failedFuture(
              new AccessDeniedException(candidate.read("llm:" + model)));
        }
        return route(model)
            .map(op)
            .orElseGet(() -> CompletableFuture.failedFuture(new UnknownModelException(model)));
      }
    };
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
    Provider p = snapshot.get(0);
    return Optional.of(
        new ConnectorBinding(
            Subsystems.LLM,
            String.join(
                ",",
                snapshot.stream()
                    .map(x -> String.valueOf(x.props.get(ConnectorProperties.NAME)))
                    .toList()),
            (String) p.props.getOrDefault(ConnectorProperties.ID, ""),
            p.ranking,
            p.id,
            true));
  }
}
