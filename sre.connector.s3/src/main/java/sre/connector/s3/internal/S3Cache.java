package sre.connector.s3.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import sre.api.cache.CacheConnector;
import sre.api.cache.CacheEntry;

/**
 * SRE's {@code S3} cache tier: each value is an object {@code <cache.prefix><key>} (SRE: {@code
 * _smyth_cache/...}) with its metadata as user metadata and its expiry, in epoch milliseconds, in
 * {@code x-amz-meta-sre-expires-at}. Expiry is lazy: a read that finds an expired object deletes it
 * and answers "missing" (pair it with a bucket lifecycle rule on the prefix to reclaim space from
 * keys never read again).
 *
 * <p>Changing metadata or expiry is a HEAD then a server-side copy conditioned on the ETag seen, so
 * a concurrent {@code set} is never overwritten with stale metadata (the change is retried).
 */
final class S3Cache implements CacheConnector {
  static final String EXPIRES_AT = S3Metadata.RESERVED_PREFIX + "expires-at";
  private static final int CONDITIONAL_ATTEMPTS = 3;

  private final S3Io s3;
  private final String prefix;
  private final LongSupplier clock;

  S3Cache(S3Io s3, LongSupplier clock) {
    this.s3 = s3;
    this.prefix = s3.settings().cachePrefix();
    this.clock = clock;
  }

  @Override
  public CompletionStage<Optional<CacheEntry>> get(String key) {
    String object = prefix + key;
    return s3.call(
        "cache GET " + key,
        client -> {
          ResponseBytes<GetObjectResponse> found;
          try {
            found = client.getObjectAsBytes(b -> b.bucket(s3.bucket()).key(object));
          } catch (NoSuchKeyException missing) {
            return Optional.<CacheEntry>empty();
          }
          Map<String, String> raw = found.response().metadata();
          if (expired(raw)) {
            client.deleteObject(b -> b.bucket(s3.bucket()).key(object));
            return Optional.<CacheEntry>empty();
          }
          return Optional.of(
              new CacheEntry(
                  new String(found.asByteArrayUnsafe(), StandardCharsets.UTF_8),
                  S3Metadata.decode(raw)));
        });
  }

  @Override
  public CompletionStage<Void> set(
      String key, String value, Map<String, String> metadata, long ttlSeconds) {
    RequestBody body = RequestBody.fromString(value, StandardCharsets.UTF_8);
    Map<String, String> userMetadata = withExpiry(S3Metadata.encode(metadata), ttlSeconds);
    return s3.call(
        "cache SET " + key,
        client -> {
          client.putObject(
              b -> b.bucket(s3.bucket()).key(prefix + key).metadata(userMetadata), body);
          return null;
        });
  }

  @Override
  public CompletionStage<Void> delete(String key) {
    return s3.call(
        "cache DELETE " + key,
        client -> {
          client.deleteObject(b -> b.bucket(s3.bucket()).key(prefix + key));
          return null;
        });
  }

  @Override
  public CompletionStage<Boolean> exists(String key) {
    return s3.call("cache HEAD " + key, client -> head(client, key).isPresent());
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> getMetadata(String key) {
    return s3.call(
        "cache HEAD " + key,
        client -> head(client, key).map(found -> S3Metadata.decode(found.metadata())));
  }

  @Override
  public CompletionStage<Void> setMetadata(String key, Map<String, String> metadata) {
    Map<String, String> userMetadata = S3Metadata.encode(metadata);
    return s3.call(
        "cache COPY metadata of " + key,
        client -> {
          boolean changed =
              rewrite(
                  client,
                  key,
                  current -> {
                    Map<String, String> next = new HashMap<>(userMetadata);
                    Optional.ofNullable(current.get(EXPIRES_AT))
                        .ifPresent(at -> next.put(EXPIRES_AT, at));
                    return next;
                  });
          if (!changed) {
            throw new NoSuchElementException("No cache entry '" + key + "'");
          }
          return null;
        });
  }

  /** A missing key is left missing (SRE's updateTTL is a no-op then). */
  @Override
  public CompletionStage<Void> expire(String key, long ttlSeconds) {
    return s3.call(
        "cache EXPIRE " + key,
        client -> {
          rewrite(
              client,
              key,
              current -> {
                Map<String, String> next = new HashMap<>(current);
                next.remove(EXPIRES_AT);
                return withExpiry(next, ttlSeconds);
              });
          return null;
        });
  }

  @Override
  public CompletionStage<OptionalLong> ttl(String key) {
    return s3.call(
        "cache HEAD " + key,
        client ->
            head(client, key)
                .map(found -> found.metadata().get(EXPIRES_AT))
                .map(at -> OptionalLong.of((Long.parseLong(at) - clock.getAsLong() + 999) / 1000))
                .orElse(OptionalLong.empty()));
  }

  /** The live object's HEAD; an expired one is deleted and reported missing. */
  private Optional<HeadObjectResponse> head(S3Client client, String key) {
    String object = prefix + key;
    try {
      HeadObjectResponse found = client.headObject(b -> b.bucket(s3.bucket()).key(object));
      if (expired(found.metadata())) {
        client.deleteObject(b -> b.bucket(s3.bucket()).key(object));
        return Optional.empty();
      }
      return Optional.of(found);
    } catch (NoSuchKeyException missing) {
      return Optional.empty();
    }
  }

  /**
   * Replaces a live object's user metadata (raw S3 form) by a server-side copy, only if the object
   * is still the one looked at. False when the key is missing.
   */
  private boolean rewrite(S3Client client, String key, UnaryOperator<Map<String, String>> change) {
    String object = prefix + key;
    for (int attempt = 1; ; attempt++) {
      Optional<HeadObjectResponse> found = head(client, key);
      if (found.isEmpty()) {
        return false;
      }
      Map<String, String> next = change.apply(found.get().metadata());
      try {
        client.copyObject(
            b ->
                b.sourceBucket(s3.bucket())
                    .sourceKey(object)
                    .destinationBucket(s3.bucket())
                    .destinationKey(object)
                    .copySourceIfMatch(found.get().eTag())
                    .metadataDirective(MetadataDirective.REPLACE)
                    .metadata(next));
        return true;
      } catch (NoSuchKeyException gone) {
        return false;
      } catch (S3Exception e) {
        if (e.statusCode() != 412 || attempt >= CONDITIONAL_ATTEMPTS) {
          throw e;
        }
        // Someone wrote the key between HEAD and COPY: look again.
      }
    }
  }

  private boolean expired(Map<String, String> raw) {
    String at = raw.get(EXPIRES_AT);
    try {
      return at != null && Long.parseLong(at) <= clock.getAsLong();
    } catch (NumberFormatException e) {
      throw new UncheckedIOException(
          new IOException("Unreadable " + EXPIRES_AT + " '" + at + "' on a cache object", e));
    }
  }

  private Map<String, String> withExpiry(Map<String, String> userMetadata, long ttlSeconds) {
    if (ttlSeconds <= 0) {
      return userMetadata;
    }
    Map<String, String> next = new HashMap<>(userMetadata);
    next.put(EXPIRES_AT, Long.toString(clock.getAsLong() + ttlSeconds * 1000));
    return next;
  }
}
