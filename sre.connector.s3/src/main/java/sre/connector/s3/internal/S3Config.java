package sre.connector.s3.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One S3 connector instance (factory PID {@value S3Component#PID}): a bucket, its client and the
 * client's I/O threads. Documented with examples in {@code
 * src/main/cfg/sre.connector.s3-default.cfg}.
 */
@ObjectClassDefinition(
    name = "SRE S3 connector",
    description = "Storage connector 'S3' (and cache tier 'S3') on the AWS SDK v2.")
public @interface S3Config {

  @AttributeDefinition(name = "Bucket", description = "Bucket holding the objects.")
  String bucket() default "smyth";

  @AttributeDefinition(name = "Region", description = "AWS region, e.g. us-east-1.")
  String region() default "us-east-1";

  @AttributeDefinition(
      name = "Endpoint",
      description =
          "Endpoint of an S3-compatible server (MinIO, s3proxy, Ceph...), e.g."
              + " http://127.0.0.1:9000. Empty: AWS for the region.")
  String endpoint() default "";

  @AttributeDefinition(
      name = "Path-style access",
      description = "Address the bucket in the path (endpoint/bucket/key), not the host name.")
  boolean path_style() default false;

  @AttributeDefinition(
      name = "Access key id",
      description =
          "Access key id. Empty: the AWS default chain (AWS_* variables, profile files,"
              + " container or instance role).")
  String access_key_id() default "";

  @AttributeDefinition(
      name = "Secret key vault key",
      description =
          "Name of the vault key holding the secret access key, read through the kernel's Vault"
              + " as the system candidate (team 'system', then the shared team).")
  String secret_key_vault_key() default "";

  @AttributeDefinition(
      name = "Secret key environment variable",
      description =
          "Environment variable holding the secret access key, used when no vault key is set.")
  String secret_key_env() default "";

  @AttributeDefinition(
      name = "Create bucket",
      description = "Create the bucket on the first write that finds it missing.")
  boolean create_bucket() default false;

  @AttributeDefinition(
      name = "Cache prefix",
      description = "Key prefix of the S3 cache tier's objects (SRE: _smyth_cache/).")
  String cache_prefix() default "_smyth_cache/";

  @AttributeDefinition(
      name = "Max object bytes",
      description =
          "Largest object read or written. The Storage API passes whole byte arrays, so each"
              + " call holds the object in memory once; larger objects fail with a clear error.",
      min = "1")
  long max_object_bytes() default 64L * 1024 * 1024;

  @AttributeDefinition(
      name = "I/O threads",
      description = "Threads that run S3 requests, so callers never block.",
      min = "1",
      max = "64")
  int io_threads() default 4;

  @AttributeDefinition(
      name = "Queue size",
      description = "Requests that may wait for a thread; beyond it calls fail at once.",
      min = "1")
  int queue_size() default 1000;

  @AttributeDefinition(name = "Connect timeout (ms)", min = "1")
  long connect_timeout_ms() default 2000;

  @AttributeDefinition(
      name = "Request timeout (ms)",
      description = "How long one attempt of a request may take.",
      min = "1")
  long request_timeout_ms() default 30000;

  @AttributeDefinition(
      name = "Max attempts",
      description = "Attempts per request, retries of throttling and 5xx included.",
      min = "1")
  int max_attempts() default 3;
}
