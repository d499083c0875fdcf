package sre.connector.vault.aws.internal;

import java.nio.file.Path;
import java.util.Map;

/**
 * The name of a factory configuration, published as {@code sre.connector.id}: {@code prod} for
 * {@code sre.connector.vault.aws-prod.cfg} (FileInstall, which records the file name) or for the
 * named configuration {@code sre.connector.vault.aws~prod} (Configuration Admin 1.6, Karaf).
 */
final class ConfigurationName {
  private ConfigurationName() {}

  static String of(String factoryPid, Map<String, ?> properties) {
    Object pid = properties.get("service.pid");
    if (pid instanceof String text && text.startsWith(factoryPid + "~")) {
      return text.substring(factoryPid.length() + 1);
    }
    Object file = properties.get("felix.fileinstall.filename");
    if (file != null) {
      String name = Path.of(file.toString().replaceFirst("^file:", "")).getFileName().toString();
      name = name.replaceFirst("\\.(cfg|config|json)$", "");
      if (name.startsWith(factoryPid + "-")) {
        return name.substring(factoryPid.length() + 1);
      }
    }
    return pid == null ? factoryPid : pid.toString();
  }
}
