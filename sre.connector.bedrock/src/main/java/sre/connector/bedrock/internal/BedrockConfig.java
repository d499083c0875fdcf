package sre.connector.bedrock.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE Bedrock connector",
    description =
        "One AWS account and region for Bedrock's Converse API: one factory configuration each,"
            + " e.g. etc/sre.connector.bedrock-default.cfg.")
public @interface BedrockConfig {
  @AttributeDefinition(description = "AWS region of the bedrock-runtime endpoint.")
  String region() default "us-east-1";

  @AttributeDefinition(
      description = "Endpoint override (VPC endpoint, proxy, test server); empty: AWS's.")
  String endpoint() default "";

  @AttributeDefinition(
      description =
          "Access key id; empty: the AWS default credentials chain (then no secret is read).")
  String access_key_id() default "";

  @AttributeDefinition(
      description =
          "Environment variable holding the secret access key, used when the vault gave none.")
  String secret_key_env() default "AWS_SECRET_ACCESS_KEY";

  @AttributeDefinition(description = "Provider name model entries use to reach this instance.")
  String sre_connector_name() default "Bedrock";

  @AttributeDefinition(description = "Instance id, for models pinned to this account.")
  String sre_connector_id() default "default";

  @AttributeDefinition(
      description = "Model ids served; empty: every model the registry gives this provider.")
  String[] models() default {};

  @AttributeDefinition(
      description =
          "Name of the vault key (in the run's team) holding the secret access key of"
              + " access.key.id; empty: secret.key.env or the default chain. Never the secret.")
  String sre_llm_vault_key() default "";

  @AttributeDefinition(description = "Teams this account serves; empty: all teams.")
  String[] sre_llm_teams() default {};

  @AttributeDefinition(description = "Requests per second the kernel lets through; 0: unlimited.")
  double sre_llm_rate_per_second() default 0;

  @AttributeDefinition(description = "Burst size of the rate limit; 0: the per-second rate.")
  double sre_llm_rate_burst() default 0;

  @AttributeDefinition(description = "Connect timeout (ms).")
  long connect_timeout_ms() default 10_000;

  @AttributeDefinition(description = "Time one Converse call may take in all (ms).")
  long read_timeout_ms() default 120_000;

  @AttributeDefinition(description = "Calls this instance runs at once (its thread pool).")
  int max_concurrent_calls() default 16;

  @AttributeDefinition(description = "Calls that may wait for a thread; beyond it calls fail.")
  int queue_size() default 256;
}
