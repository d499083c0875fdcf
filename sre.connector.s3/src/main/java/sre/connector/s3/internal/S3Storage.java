package sre.connector.s3.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;
import sre.api.storage.StorageConnector;
import sre.api.storage.StoredObject;

/**
 * SRE's {@code S3} storage: object key = resource id, metadata (the ACL under {@code acl}) as user
 * metadata (see {@link S3Metadata}). Bodies stream between the network and one array of the
 * object's size; objects above {@code max.object.bytes} are refused before any is read.
 */
final class S3Storage implements StorageConnector {
  /** SmythFS's metadata key for the MIME type, also sent as the object's Content-Type. */
  static final String CONTENT_TYPE_KEY = "ContentType";

  private final S3Io s3;
  private final long maxBytes;

  S3Storage(S3Io s3) {
    this.s3 = s3;
    this.maxBytes = s3.settings().maxObjectBytes();
  }

  @Override
  public CompletionStage<Optional<StoredObject>> read(String resourceId) {
    return s3.call(
        "GET " + resourceId,
        client -> {
          try (ResponseInputStream<GetObjectResponse> body =
              client.getObject(b -> b.bucket(s3.bucket()).key(resourceId))) {
            GetObjectResponse response = body.response();
            byte[] data = readBody(resourceId, body, response.contentLength());
            return Optional.of(new StoredObject(data, S3Metadata.decode(response.metadata())));
          } catch (NoSuchKeyException missing) {
            return Optional.<StoredObject>empty();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Override
  public CompletionStage<Void> write(String resourceId, byte[] data, Map<String, String> metadata) {
    if (data.length > maxBytes) {
      return CompletableFuture.failedFuture(tooLarge(resourceId, data.length));
    }
    // fromBytes copies now, on the caller's thread: the caller may reuse its array at once.
    RequestBody body = RequestBody.fromBytes(data);
    Map<String, String> userMetadata = S3Metadata.encode(metadata);
    String contentType = metadata.get(CONTENT_TYPE_KEY);
    return s3.call(
        "PUT " + resourceId,
        client -> {
          client.putObject(
              b -> {
                b.bucket(s3.bucket()).key(resourceId).metadata(userMetadata);
                if (contentType != null && !contentType.isBlank()) {
                  b.contentType(contentType);
                }
              },
              body);
          return null;
        });
  }

  @Override
  public CompletionStage<Void> delete(String resourceId) {
    return s3.call(
        "DELETE " + resourceId,
        client -> {
          client.deleteObject(b -> b.bucket(s3.bucket()).key(resourceId));
          return null;
        });
  }

  @Override
  public CompletionStage<Boolean> exists(String resourceId) {
    return getMetadata(resourceId).thenApply(Optional::isPresent);
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> getMetadata(String resourceId) {
    return s3.call(
        "HEAD " + resourceId,
        client -> {
          try {
            return Optional.of(
                S3Metadata.decode(
                    client.headObject(b -> b.bucket(s3.bucket()).key(resourceId)).metadata()));
          } catch (NoSuchKeyException missing) {
            return Optional.<Map<String, String>>empty();
          }
        });
  }

  /** One server-side copy onto itself with the new metadata: the bytes never travel. */
  @Override
  public CompletionStage<Void> setMetadata(String resourceId, Map<String, String> metadata) {
    Map<String, String> userMetadata = S3Metadata.encode(metadata);
    String contentType = metadata.get(CONTENT_TYPE_KEY);
    return s3.call(
        "COPY metadata of " + resourceId,
        client -> {
          try {
            client.copyObject(
                b -> {
                  b.sourceBucket(s3.bucket())
                      .sourceKey(resourceId)
                      .destinationBucket(s3.bucket())
                      .destinationKey(resourceId)
                      .metadataDirective(MetadataDirective.REPLACE)
                      .metadata(userMetadata);
                  if (contentType != null && !contentType.isBlank()) {
                    b.contentType(contentType);
                  }
                });
          } catch (NoSuchKeyException missing) {
            throw new NoSuchElementException("No object '" + resourceId + "'");
          }
          return null;
        });
  }

  @Override
  public CompletionStage<List<String>> list(String prefix) {
    return s3.call(
        "LIST " + prefix,
        client ->
            client
                .listObjectsV2Paginator(b -> b.bucket(s3.bucket()).prefix(prefix))
                .contents()
                .stream()
                .map(S3Object::key)
                .toList());
  }

  private byte[] readBody(String resourceId, InputStream body, Long length) throws IOException {
    if (length != null && length > maxBytes) {
      throw tooLarge(resourceId, length);
    }
    byte[] data = body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    if (data.length > maxBytes) {
      throw tooLarge(resourceId, data.length);
    }
    return data;
  }

  private IllegalArgumentException tooLarge(String resourceId, long size) {
    return new IllegalArgumentException(
        "Object '"
            + resourceId
            + "' has "
            + size
            + " bytes, above max.object.bytes ("
            + maxBytes
            + ") of the S3 connector for "
            + s3.settings().location());
  }
}
