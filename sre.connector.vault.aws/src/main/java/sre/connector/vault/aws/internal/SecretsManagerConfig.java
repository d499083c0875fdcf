package sre.connector.vault.aws.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One Secrets Manager connector instance (factory PID {@value SecretsManagerComponent#PID}).
 * Documented in {@code src/main/cfg/sre.connector.vault.aws-default.cfg}. Holds no secret: the
 * secret access key is read from the environment variable named here.
 */
@ObjectClassDefinition(
    name = "SRE AWS Secrets Manager connector",
    description = "Vault connector 'SecretsManager': secret <prefix>/<teamId>/<key> per key.")
public @interface SecretsManagerConfig {

  @AttributeDefinition(name = "Region", description = "AWS region, e.g. us-east-1.")
  String region() default "us-east-1";

  @AttributeDefinition(
      name = "Endpoint",
      description = "Endpoint override (VPC endpoint, LocalStack...). Empty: AWS for the region.")
  String endpoint() default "";

  @AttributeDefinition(name = "Prefix", description = "Secret ids are <prefix>/<teamId>/<key>.")
  String prefix() default "smythos";

  @AttributeDefinition(
      name = "Access key id",
      description = "Empty: the AWS default credentials chain (variables, profiles, roles).")
  String access_key_id() default "";

  @AttributeDefinition(
      name = "Secret key variable",
      description = "Environment variable holding the secret access key of access.key.id.")
  String secret_key_env() default "AWS_SECRET_ACCESS_KEY";

  @AttributeDefinition(
      name = "Cache TTL (s)",
      description = "How long a secret is served from memory. 0: ask AWS each time.",
      min = "0")
  long cache_ttl_seconds() default 30;

  @AttributeDefinition(name = "I/O threads", min = "1", max = "32")
  int io_threads() default 2;

  @AttributeDefinition(
      name = "Queue size",
      description = "Requests that may wait for a thread; beyond it calls fail at once.",
      min = "1")
  int queue_size() default 200;

  @AttributeDefinition(name = "Connect timeout (ms)", min = "1")
  long connect_timeout_ms() default 2000;

  @AttributeDefinition(name = "Request timeout (ms)", min = "1")
  long request_timeout_ms() default 10000;

  @AttributeDefinition(name = "Max attempts", min = "1")
  int max_attempts() default 3;
}
