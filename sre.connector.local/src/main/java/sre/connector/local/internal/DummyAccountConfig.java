package sre.connector.local.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the {@code DummyAccount} connector (PID {@value DummyAccount#PID}). */
@ObjectClassDefinition(
    name = "SRE local accounts",
    description =
        "Account connector 'DummyAccount': teams, their users, agents and settings from an"
            + " optional JSON file; without it everyone is in team 'default'.")
public @interface DummyAccountConfig {

  @AttributeDefinition(
      name = "File",
      description =
          "Accounts file { \"<teamId>\": { \"users\": {...}, \"agents\": {...}, \"settings\":"
              + " {...} } }, re-read when it changes. Optional. Empty: ${sre.home}/accounts.json.")
  String file() default "";
}
