package sre.connector.redis.internal;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.cache.CacheConnector;
import sre.api.connector.ConnectorProperties;
import sre.api.nkv.NkvConnector;
import sre.api.vault.Vault;

/**
 * One Redis connector instance per factory configuration {@value #PID}, registered as SRE's {@code
 * Redis} {@link CacheConnector} and {@link NkvConnector}.
 *
 * <p>The services are registered here rather than by DS because their {@code sre.connector.id} (the
 * configuration's name) is only known from the configuration's properties, and standard DS cannot
 * add a computed service property. The registration carries the configuration's public properties,
 * as DS would, and goes away on deactivation before the client is closed.
 */
@Component(configurationPid = RedisComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RedisConfig.class, factory = true)
public final class RedisComponent {

  static final String PID = "sre.connector.redis";
  static final String NAME = "Redis";

  /** Configuration properties copied onto the services, for selection and tracing. */
  private static final List<String> PUBLISHED =
      List.of("service.ranking", "service.pid", "service.factoryPid", "felix.fileinstall.filename");

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final RedisConnector connector;
  private final ServiceRegistration<?> registration;

  /** Read at each connect when the password is a vault key; optional otherwise. */
  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile Vault vault;

  @Activate
  public RedisComponent(BundleContext context, RedisConfig config, Map<String, Object> properties) {
    this.connector = new RedisConnector(RedisSettings.from(config), () -> vault);
    String id = ConnectorProperties.instanceId(PID, properties);
    Hashtable<String, Object> published = new Hashtable<>();
    for (String key : PUBLISHED) {
      Object value = properties.get(key);
      if (value != null) {
        published.put(key, value);
      }
    }
    published.put(ConnectorProperties.NAME, NAME);
    published.put(ConnectorProperties.ID, id);
    this.registration =
        context.registerService(
            new String[] {CacheConnector.class.getName(), NkvConnector.class.getName()},
            connector,
            published);
    logger.info("Redis connector '{}' for {}", id, connector.endpoint());
  }

  @Deactivate
  void deactivate() {
    try {
      registration.unregister();
    } catch (IllegalStateException alreadyGone) {
      // The framework unregisters a stopping bundle's services itself.
    }
    connector.close();
  }
}
