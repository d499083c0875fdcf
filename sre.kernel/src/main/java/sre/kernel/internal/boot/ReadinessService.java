package sre.kernel.internal.boot;

import java.util.List;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.account.Account;
import sre.api.agent.AgentRunner;
import sre.api.cache.Cache;
import sre.api.llm.Llm;
import sre.api.log.Log;
import sre.api.nkv.Nkv;
import sre.api.runtime.Readiness;
import sre.api.storage.Storage;
import sre.api.vault.Vault;
import sre.api.vectordb.VectorDb;

/**
 * Readiness as DS expresses it: this component has a mandatory reference to every required
 * subsystem, so SCR registers {@link Readiness} exactly while all of them are bound and unregisters
 * it as soon as one goes away. Kernel services stay registered while their connectors are swapped,
 * so a swap does not flap readiness. Code is not required: it is optional (see {@link BootSteps}).
 */
@Component
public final class ReadinessService implements Readiness {
  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final long bootMillis;

  /**
   * At least one workflow component must be registered. Dynamic, so components updated or added
   * while running do not flap readiness.
   */
  @Reference(
      service = sre.api.component.Component.class,
      cardinality = ReferenceCardinality.AT_LEAST_ONE,
      policy = ReferencePolicy.DYNAMIC)
  private volatile List<ServiceReference<?>> components;

  @Activate
  public ReadinessService(
      @Reference KernelClock clock,
      @Reference Storage storage,
      @Reference Cache cache,
      @Reference Nkv nkv,
      @Reference Vault vault,
      @Reference Log log,
      @Reference AgentRunner agents,
      @Reference Llm llm,
      @Reference VectorDb vectors,
      @Reference Account account) {
    this.bootMillis = Math.max(0, System.currentTimeMillis() - clock.activatedAtMillis());
    logger.info("SRE ready in {} ms", bootMillis);
  }

  @Deactivate
  void deactivate() {
    logger.info("SRE no longer ready: a required subsystem went away");
  }

  @Override
  public long bootMillis() {
    return bootMillis;
  }
}
