package sre.connector.vault.hashicorp.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One HashiCorp Vault connector instance (factory PID {@value HashicorpVaultComponent#PID}).
 * Documented with examples in {@code src/main/cfg/sre.connector.vault.hashicorp-default.cfg}. No
 * attribute holds a secret: tokens and AppRole ids are named by environment variable or file.
 */
@ObjectClassDefinition(
    name = "SRE HashiCorp Vault connector",
    description = "Vault connector 'HashicorpVault': team secrets in a KV v2 secrets engine.")
public @interface HashicorpVaultConfig {

  @AttributeDefinition(name = "Address", description = "Vault server, e.g. https://vault:8200.")
  String address() default "http://127.0.0.1:8200";

  @AttributeDefinition(
      name = "Namespace",
      description = "Vault Enterprise namespace sent as X-Vault-Namespace. Empty: none.")
  String namespace() default "";

  @AttributeDefinition(name = "Mount", description = "Mount path of the KV v2 secrets engine.")
  String mount() default "secret";

  @AttributeDefinition(
      name = "Path prefix",
      description = "Secret of team T: <mount>/data/<path.prefix>/T. Empty: <mount>/data/T.")
  String path_prefix() default "smythos";

  @AttributeDefinition(name = "Authentication", description = "token or approle.")
  String auth_method() default "token";

  @AttributeDefinition(
      name = "Token variable",
      description = "Environment variable holding the token (auth.method = token).")
  String token_env() default "VAULT_TOKEN";

  @AttributeDefinition(
      name = "Token file",
      description = "File holding the token; wins over the variable when set.")
  String token_file() default "";

  @AttributeDefinition(name = "AppRole mount", description = "Mount path of the AppRole method.")
  String approle_mount() default "approle";

  @AttributeDefinition(name = "Role id variable")
  String role_id_env() default "VAULT_ROLE_ID";

  @AttributeDefinition(name = "Role id file", description = "Wins over the variable when set.")
  String role_id_file() default "";

  @AttributeDefinition(name = "Secret id variable")
  String secret_id_env() default "VAULT_SECRET_ID";

  @AttributeDefinition(name = "Secret id file", description = "Wins over the variable when set.")
  String secret_id_file() default "";

  @AttributeDefinition(
      name = "Cache TTL (s)",
      description = "How long a team's secrets are served from memory. 0: read Vault each time.",
      min = "0")
  long cache_ttl_seconds() default 30;

  @AttributeDefinition(name = "Connect timeout (ms)", min = "1")
  long connect_timeout_ms() default 2000;

  @AttributeDefinition(name = "Request timeout (ms)", min = "1")
  long request_timeout_ms() default 10000;
}
