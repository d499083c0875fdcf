package sre.kernel.internal.llm;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import sre.api.llm.ModelInfo;
import sre.api.llm.ModelsProvider;

/**
 * Resolves a model name to a registry entry and the connector instance that serves it for a team.
 *
 * <p>A registered model goes to an instance of its provider (by {@code sre.connector.name}, pinned
 * to {@code connectorId} when the entry says so) that lists the model id or lists no models, and
 * serves the team. Instances dedicated to the team win over shared ones, then service ranking. A
 * name the registry does not know goes to the best instance that lists it (e.g. Echo), priced at 0.
 */
final class ModelRouter {
  /** A resolved route: the model entry and the instance to call. */
  record Route(ModelInfo model, Provider provider) {}

  private static final Comparator<Provider> PREFERENCE =
      Comparator.comparing((Provider p) -> p.teams().isEmpty())
          .thenComparing(Comparator.comparingInt(Provider::ranking).reversed())
          .thenComparingLong(Provider::serviceId);

  private ModelRouter() {}

  static Optional<Route> route(
      String name, String team, ModelsProvider registry, List<Provider> providers) {
    Optional<ModelInfo> known = registry.model(name);
    if (known.isPresent()) {
      ModelInfo m = known.get();
      return providers.stream()
          .filter(p -> p.name().equalsIgnoreCase(m.provider()))
          .filter(p -> m.connectorId().isEmpty() || m.connectorId().equals(p.instanceId()))
          .filter(p -> p.connector().models().isEmpty() || p.lists(m.modelId()) || p.lists(name))
          .filter(p -> p.serves(team))
          .min(PREFERENCE)
          .map(p -> new Route(m, p));
    }
    return providers.stream()
        .filter(p -> p.lists(name) && p.serves(team))
        .min(PREFERENCE)
        .map(
            p ->
                new Route(
                    new ModelInfo(name, name, p.name(), 0, 0, Set.of("text"), 0, 0, "", "", false),
                    p));
  }
}
