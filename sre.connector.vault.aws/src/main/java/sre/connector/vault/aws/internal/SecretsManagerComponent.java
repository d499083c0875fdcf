package sre.connector.vault.aws.internal;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.connector.ConnectorProperties;
import sre.api.vault.VaultConnector;

/**
 * One Secrets Manager connector per factory configuration {@value #PID}, registered as SRE's {@code
 * SecretsManager} {@link VaultConnector}.
 *
 * <p>The service is registered here rather than by DS because its {@code sre.connector.id} (the
 * configuration's name) is only known from the configuration, and standard DS cannot add a computed
 * service property. It is unregistered before the client closes.
 */
@Component(
    configurationPid = SecretsManagerComponent.PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SecretsManagerConfig.class, factory = true)
public final class SecretsManagerComponent {

  static final String PID = "sre.connector.vault.aws";
  static final String NAME = "SecretsManager";

  /** Configuration properties copied onto the service, for selection and tracing. */
  private static final List<String> PUBLISHED =
      List.of("service.ranking", "service.pid", "service.factoryPid", "felix.fileinstall.filename");

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final SecretsManagerVault vault;
  private final ServiceRegistration<VaultConnector> registration;

  @Activate
  public SecretsManagerComponent(
      BundleContext context, SecretsManagerConfig config, Map<String, Object> properties) {
    SecretsManagerSettings settings = SecretsManagerSettings.from(config);
    this.vault =
        new SecretsManagerVault(
            new SecretsManagerIo(settings, System::getenv), settings, System::nanoTime);
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
    this.registration = context.registerService(VaultConnector.class, vault, published);
    logger.info("Secrets Manager vault connector '{}': {}", id, vault);
  }

  @Deactivate
  void deactivate() {
    try {
      registration.unregister();
    } catch (IllegalStateException alreadyGone) {
      // The framework unregisters a stopping bundle's services itself.
    }
    vault.close();
  }
}
