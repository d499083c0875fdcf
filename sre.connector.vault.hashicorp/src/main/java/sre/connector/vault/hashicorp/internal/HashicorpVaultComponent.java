package sre.connector.vault.hashicorp.internal;

import java.net.http.HttpClient;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
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
 * One HashiCorp Vault connector per factory configuration {@value #PID}, registered as SRE's {@code
 * HashicorpVault} {@link VaultConnector}.
 *
 * <p>The service is registered here rather than by DS because its {@code sre.connector.id} (the
 * configuration's name) is only known from the configuration, and standard DS cannot add a computed
 * service property. It is unregistered before the cached secrets are dropped.
 */
@Component(
    configurationPid = HashicorpVaultComponent.PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HashicorpVaultConfig.class, factory = true)
public final class HashicorpVaultComponent {

  static final String PID = "sre.connector.vault.hashicorp";
  static final String NAME = "HashicorpVault";

  /** Configuration properties copied onto the service, for selection and tracing. */
  private static final List<String> PUBLISHED =
      List.of("service.ranking", "service.pid", "service.factoryPid", "felix.fileinstall.filename");

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final HashicorpVault vault;
  private final ServiceRegistration<VaultConnector> registration;

  @Activate
  public HashicorpVaultComponent(
      BundleContext context, HashicorpVaultConfig config, Map<String, Object> properties) {
    HashicorpSettings settings = HashicorpSettings.from(config);
    this.vault = create(settings, System::getenv, System::nanoTime);
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
    logger.info("HashiCorp Vault connector '{}': {}", id, vault);
  }

  /** The connector with its own HTTP client; also how tests build one. */
  static HashicorpVault create(
      HashicorpSettings settings, UnaryOperator<String> environment, LongSupplier nanoClock) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    VaultHttp http = new VaultHttp(client, settings);
    VaultAuth auth =
        switch (settings.authMethod()) {
          case TOKEN -> new TokenAuth(settings.token(), environment);
          case APPROLE -> new AppRoleAuth(http, settings, environment, nanoClock);
        };
    return new HashicorpVault(http, auth, settings, nanoClock);
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
