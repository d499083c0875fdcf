package sre.kernel.internal.boot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.account.AccountConnector;
import sre.api.agent.AgentRunner;
import sre.api.cache.CacheConnector;
import sre.api.code.CodeConnector;
import sre.api.connector.ConnectorProperties;
import sre.api.llm.LlmConnector;
import sre.api.log.LogConnector;
import sre.api.nkv.NkvConnector;
import sre.api.runtime.BootStep;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.Router;
import sre.api.runtime.Runtime;
import sre.api.runtime.StepState;
import sre.api.runtime.Subsystems;
import sre.api.storage.StorageConnector;
import sre.api.vault.VaultConnector;
import sre.api.vectordb.VectorDbConnector;
import sre.kernel.internal.select.SubsystemService;

/**
 * The runtime's view of itself. Every reference is optional and dynamic so this service is there
 * from the first moment, reporting what the boot still waits for. Connector services are tracked by
 * reference only (never fetched), so listing them does not activate them.
 */
@Component(service = {Runtime.class, KernelClock.class})
public final class RuntimeService implements Runtime, KernelClock {
  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final long activatedAt = System.currentTimeMillis();
  private final List<SubsystemService> subsystems = new CopyOnWriteArrayList<>();
  private final List<ServiceReference<?>> components = new CopyOnWriteArrayList<>();
  private final List<ConnectorRef> connectors = new CopyOnWriteArrayList<>();
  private volatile ServiceReference<AgentRunner> agentRunner;
  private volatile Router router;
  private volatile boolean wasReady;

  private record ConnectorRef(String subsystem, ServiceReference<?> ref) {}

  @Activate
  public RuntimeService() {
    logger.info("SRE kernel starting: boot steps are observable through sre.api.runtime.Runtime");
  }

  @Override
  public long activatedAtMillis() {
    return activatedAt;
  }

  @Override
  public List<BootStep> steps() {
    Map<String, String> bound = new LinkedHashMap<>();
    for (SubsystemService s : subsystems) {
      s.selected().ifPresent(b -> bound.put(s.subsystem(), label(b)));
    }
    ServiceReference<AgentRunner> runner = agentRunner;
    Router r = router;
    return BootSteps.compute(
        bound,
        Optional.ofNullable(runner).map(ref -> ref.getBundle().getSymbolicName()),
        components.size(),
        Optional.ofNullable(r).map(Router::baseUrl));
  }

  private static String label(ConnectorBinding b) {
    return b.instanceId().isEmpty() ? b.connectorName() : b.connectorName() + "/" + b.instanceId();
  }

  @Override
  public List<ConnectorBinding> connectors() {
    Map<String, Long> selectedIds = new LinkedHashMap<>();
    for (SubsystemService s : subsystems) {
      s.selected().ifPresent(b -> selectedIds.put(s.subsystem(), b.serviceId()));
    }
    List<ConnectorBinding> out = new ArrayList<>();
    for (ConnectorRef c : connectors) {
      ServiceReference<?> ref = c.ref();
      long id = (Long) ref.getProperty(Constants.SERVICE_ID);
      Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
      Object instance = ref.getProperty(ConnectorProperties.ID);
      boolean selected =
          c.subsystem().equals(Subsystems.LLM)
              ? selectedIds.containsKey(Subsystems.LLM)
              : Long.valueOf(id).equals(selectedIds.get(c.subsystem()));
      out.add(
          new ConnectorBinding(
              c.subsystem(),
              String.valueOf(ref.getProperty(ConnectorProperties.NAME)),
              instance == null ? "" : String.valueOf(instance),
              ranking instanceof Integer i ? i : 0,
              id,
              selected));
    }
    out.sort(
        Comparator.comparing(ConnectorBinding::subsystem)
            .thenComparing(ConnectorBinding::ranking, Comparator.reverseOrder())
            .thenComparingLong(ConnectorBinding::serviceId));
    return out;
  }

  @Override
  public boolean isReady() {
    List<BootStep> steps = steps();
    return steps.get(steps.size() - 1).state() == StepState.READY;
  }

  private void changed() {
    boolean ready = isReady();
    if (ready != wasReady) {
      wasReady = ready;
      logger.info("SRE runtime {}", ready ? "ready" : "no longer ready");
    }
  }

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindSubsystem(SubsystemService s) {
    subsystems.add(s);
    changed();
  }

  void unbindSubsystem(SubsystemService s) {
    subsystems.remove(s);
    changed();
  }

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindAgentRunner(ServiceReference<AgentRunner> ref) {
    agentRunner = ref;
    changed();
  }

  void unbindAgentRunner(ServiceReference<AgentRunner> ref) {
    if (agentRunner == ref) {
      agentRunner = null;
    }
    changed();
  }

  @Reference(
      service = sre.api.component.Component.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindComponent(ServiceReference<?> ref) {
    components.add(ref);
    changed();
  }

  void unbindComponent(ServiceReference<?> ref) {
    components.remove(ref);
    changed();
  }

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindRouter(Router r) {
    router = r;
    changed();
  }

  void unbindRouter(Router r) {
    if (router == r) {
      router = null;
    }
    changed();
  }

  // One pair per connector SPI: DS needs the concrete service type on each reference.

  @Reference(
      service = StorageConnector.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void bindStorageConnector(ServiceReference<?> ref) {
    connectors.add(new ConnectorRef(Subsystems.STORAGE, ref));
  }

  void unbindStorageConnector(ServiceReference<?> ref) {
    connectors.removeIf(c -> c.ref().equals(ref));
  }

  @Reference(
      service = CacheConnector.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void bindCacheConnector(ServiceReference<?> ref) {
    connectors.add(new ConnectorRef(Subsystems.CACHE, ref));
  }

  void unbindCacheConnector(ServiceReference<?> ref) {
    connectors.removeIf(c -> c.ref().equals(ref));
  }

  @Reference(
      service = NkvConnector.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void bindNkvConnector(ServiceReference<?> ref) {
    connectors.add(new ConnectorRef(Subsystems.NKV, ref));
  }

  void unbindNkvConnector(ServiceReference<?> ref) {
    connectors.removeIf(c -> c.ref().equals(ref));
  }

  @Reference(
      service = VaultConnector.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void bindVaultConnector(ServiceReference<?> ref) {
    connectors.add(new ConnectorRef(Subsystems.VAULT, ref));
  }

  void unbindVaultConnector(ServiceReference<?> ref) {
    connectors.removeIf(c -> c.ref().equals(ref));
  }

  @Reference(
      service = LogConnector.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void bindLogConnector(ServiceReference<?> ref) {
    connectors.add(new ConnectorRef(Subsystems.LOG, ref));
  }

  void unbindLogConnector(ServiceReference<?> ref) {
    connectors.removeIf(c -> c.ref().equals(ref));
  }

  @Reference(
      service = LlmConnector.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void bindLlmConnector(ServiceReference<?> ref) {
    connectors.add(new ConnectorRef(Subsystems.LLM, ref));
  }

  void unbindLlmConnector(ServiceReference<?> ref) {
    connectors.removeIf(c -> c.ref().equals(ref));
  }

  @Reference(
      service = VectorDbConnector.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void bindVectorDbConnector(ServiceReference<?> ref) {
    connectors.add(new ConnectorRef(Subsystems.VECTOR_DB, ref));
  }

  void unbindVectorDbConnector(ServiceReference<?> ref) {
    connectors.removeIf(c -> c.ref().equals(ref));
  }

  @Reference(
      service = AccountConnector.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void bindAccountConnector(ServiceReference<?> ref) {
    connectors.add(new ConnectorRef(Subsystems.ACCOUNT, ref));
  }

  void unbindAccountConnector(ServiceReference<?> ref) {
    connectors.removeIf(c -> c.ref().equals(ref));
  }

  @Reference(
      service = CodeConnector.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void bindCodeConnector(ServiceReference<?> ref) {
    connectors.add(new ConnectorRef(Subsystems.CODE, ref));
  }

  void unbindCodeConnector(ServiceReference<?> ref) {
    connectors.removeIf(c -> c.ref().equals(ref));
  }
}
