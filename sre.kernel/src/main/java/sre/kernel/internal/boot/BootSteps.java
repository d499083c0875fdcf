package sre.kernel.internal.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sre.api.runtime.BootStep;
import sre.api.runtime.StepState;
import sre.api.runtime.Subsystems;

/**
 * The six boot steps computed from what is bound right now. Pure bookkeeping: the same inputs give
 * the same steps, so it is tested without a framework.
 */
public final class BootSteps {
  public static final String CORE = "Core services";
  public static final String AGENTS = "Agent manager and components";
  public static final String HTTP = "HTTP routing";
  public static final String MODELS = "LLM providers and vector DBs";
  public static final String ACCOUNTS = "Accounts and ACL";
  public static final String READY = "Readiness";

  private static final List<String> CORE_SUBSYSTEMS =
      List.of(
          Subsystems.STORAGE, Subsystems.CACHE, Subsystems.NKV, Subsystems.VAULT, Subsystems.LOG);
  private static final List<String> MODEL_SUBSYSTEMS =
      List.of(Subsystems.LLM, Subsystems.VECTOR_DB);
  private static final List<String> ACCOUNT_SUBSYSTEMS = List.of(Subsystems.ACCOUNT);

  /**
   * Code belongs to step 2, not to the core services: only two workflow components (ECMASandbox,
   * ServerlessCode) use it, and it is optional — without a connector the runtime is still ready and
   * those components answer an {@code _error}. The step names what serves it, or {@code none}.
   */
  private static final String CODE_NONE = Subsystems.CODE + "=none";

  private BootSteps() {}

  /**
   * @param connectors subsystem name → name of the connector serving it (absent: not ready, except
   *     for the optional Code subsystem)
   * @param agentRunner the agent manager's name, when one is registered
   * @param components how many workflow components are registered
   * @param router the router's base URL, when one is registered
   */
  public static List<BootStep> compute(
      Map<String, String> connectors,
      Optional<String> agentRunner,
      int components,
      Optional<String> router) {
    List<BootStep> steps = new ArrayList<>();
    steps.add(subsystemStep(1, CORE, CORE_SUBSYSTEMS, connectors));

    List<String> waiting = new ArrayList<>();
    List<String> bound = new ArrayList<>();
    agentRunner.ifPresentOrElse(
        a -> bound.add("AgentRunner=" + a), () -> waiting.add("AgentRunner"));
    if (components > 0) {
      bound.add("Components=" + components);
    } else {
      waiting.add("Components");
    }
    String code = connectors.get(Subsystems.CODE);
    bound.add(code == null ? CODE_NONE : Subsystems.CODE + "=" + code);
    steps.add(step(2, AGENTS, waiting, bound));

    steps.add(
        router
            .map(url -> new BootStep(3, HTTP, StepState.READY, List.of(), List.of("Router=" + url)))
            .orElseGet(() -> new BootStep(3, HTTP, StepState.SKIPPED, List.of(), List.of())));
    steps.add(subsystemStep(4, MODELS, MODEL_SUBSYSTEMS, connectors));
    steps.add(subsystemStep(5, ACCOUNTS, ACCOUNT_SUBSYSTEMS, connectors));

    List<String> notDone = steps.stream().filter(s -> !s.done()).map(BootStep::name).toList();
    steps.add(step(6, READY, notDone, notDone.isEmpty() ? List.of("ready") : List.of()));
    return List.copyOf(steps);
  }

  private static BootStep subsystemStep(
      int order, String name, List<String> required, Map<String, String> connectors) {
    List<String> waiting = new ArrayList<>();
    List<String> bound = new ArrayList<>();
    for (String subsystem : required) {
      String connector = connectors.get(subsystem);
      if (connector == null) {
        waiting.add(subsystem);
      } else {
        bound.add(subsystem + "=" + connector);
      }
    }
    return step(order, name, waiting, bound);
  }

  private static BootStep step(int order, String name, List<String> waiting, List<String> bound) {
    StepState state = waiting.isEmpty() ? StepState.READY : StepState.WAITING;
    return new BootStep(order, name, state, waiting, bound);
  }
}
