package sre.api.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Storage backend SPI: I/O only. The kernel calls it after its access checks; the connector stores
 * the metadata map it is given (the kernel keeps the ACL there under {@link #ACL_METADATA_KEY}) and
 * never interprets it.
 *
 * <p>Register implementations as services with the {@code sre.connector.name} property.
 */
@ConsumerType
public interface StorageConnector {
  /** Metadata key under which the kernel stores the ACL in compact form. */
  String ACL_METADATA_KEY = "acl";

  CompletionStage<Optional<StoredObject>> read(String resourceId);

  CompletionStage<Void> write(String resourceId, byte[] data, Map<String, String> metadata);

  CompletionStage<Void> delete(String resourceId);

  CompletionStage<Boolean> exists(String resourceId);

  /** Raw metadata (ACL included), or empty when the object does not exist. */
  CompletionStage<Optional<Map<String, String>>> getMetadata(String resourceId);

  /** Replaces the object's metadata. Fails when the object does not exist. */
  CompletionStage<Void> setMetadata(String resourceId, Map<String, String> metadata);

  /** Ids of every object whose id starts with {@code prefix}. */
  CompletionStage<List<String>> list(String prefix);
}
