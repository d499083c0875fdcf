package sre.connector.local.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.connector.ConnectorName;
import sre.api.vault.VaultConnector;

/**
 * SRE's {@code JSONFileVault}: secrets per team from a JSON file, re-read when the file changes
 * (checked on each access, see {@link WatchedJsonFile}). A missing file is an empty vault (one
 * INFO: a fresh home has none, which is normal; no interactive prompt); a malformed one keeps the
 * previous content served. Reading the file runs on the caller's thread: it is one {@code stat} per
 * call and a small read after a change.
 *
 * <p>Unlike SRE's connector it does no shared-team fallback: that is the kernel's policy.
 */
@Component(service = VaultConnector.class, configurationPid = JsonFileVault.PID)
@Designate(ocd = JsonFileVaultConfig.class)
@ConnectorName("JSONFileVault")
public final class JsonFileVault implements VaultConnector {

  static final String PID = "sre.connector.local.vault";

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final WatchedJsonFile<Map<String, Map<String, String>>> file;

  @Activate
  public JsonFileVault(BundleContext context, JsonFileVaultConfig config) {
    this(SreHome.resolve(context, config.file(), "vault.json"), System::getenv);
  }

  /**
   * @param environment variable lookup for {@code $env(VAR)} ({@code null} when unset)
   */
  JsonFileVault(Path file, UnaryOperator<String> environment) {
    EnvSubstitution env = new EnvSubstitution(environment);
    this.file =
        new WatchedJsonFile<>(
            file, "vault", root -> VaultFile.parse(root, env), Map.of(), false, logger);
    this.file.preload();
  }

  @Override
  public CompletionStage<Optional<String>> get(String teamId, String keyName) {
    return Answers.now(() -> Optional.ofNullable(team(teamId).get(keyName)));
  }

  @Override
  public CompletionStage<List<String>> listKeys(String teamId) {
    return Answers.now(() -> team(teamId).keySet().stream().sorted().toList());
  }

  private Map<String, String> team(String teamId) {
    return file.content().getOrDefault(teamId, Map.of());
  }
}
