package sre.connector.local.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@code JSONFileVault} connector (PID {@value JsonFileVault#PID}). */
@ObjectClassDefinition(
    name = "SRE JSON file vault",
    description =
        "Vault connector 'JSONFileVault': team secrets from a JSON file"
            + " { \"<teamId>\": { \"<keyName>\": \"<value>\" } }, re-read when it changes.")
public @interface JsonFileVaultConfig {

  @AttributeDefinition(
      name = "File",
      description =
          "The vault file. Values may reference environment variables as $env(VAR)."
              + " Empty: ${sre.home}/vault.json.")
  String file() default "";
}
