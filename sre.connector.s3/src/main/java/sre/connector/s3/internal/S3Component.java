package sre.connector.s3.internal;

import java.util.ArrayList;
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
import sre.api.storage.StorageConnector;
import sre.api.vault.Vault;

/**
 * One S3 connector instance per factory configuration {@value #PID}: SRE's {@code S3} {@link
 * StorageConnector} and {@code S3} {@link CacheConnector} on one client and I/O pool.
 *
 * <p>The services are registered here rather than by DS because their {@code sre.connector.id} (the
 * configuration's name) is only known from the configuration, and standard DS cannot add a computed
 * service property. They are unregistered before the client closes.
 */
@Component(configurationPid = S3Component.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = S3Config.class, factory = true)
public final class S3Component {

  static final String PID = "sre.connector.s3";
  static final String NAME = "S3";

  /** Configuration properties copied onto the services, for selection and tracing. */
  private static final List<String> PUBLISHED =
      List.of("service.ranking", "service.pid", "service.factoryPid", "felix.fileinstall.filename");

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final S3Io io;
  private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

  /** Read when the secret key is a vault key; optional otherwise. */
  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile Vault vault;

  @Activate
  public S3Component(BundleContext context, S3Config config, Map<String, Object> properties) {
    this.io = new S3Io(S3Settings.from(config), () -> vault);
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
    registrations.add(
        context.registerService(StorageConnector.class, new S3Storage(io), published));
    registrations.add(
        context.registerService(
            CacheConnector.class, new S3Cache(io, System::currentTimeMillis), published));
    logger.info("S3 connector '{}' for {}", id, io.settings().location());
  }

  @Deactivate
  void deactivate() {
    for (ServiceRegistration<?> registration : registrations) {
      try {
        registration.unregister();
      } catch (IllegalStateException alreadyGone) {
        // The framework unregisters a stopping bundle's services itself.
      }
    }
    io.close();
  }
}
