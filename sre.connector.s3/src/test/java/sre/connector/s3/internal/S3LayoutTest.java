package sre.connector.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * What other S3 clients see: SRE's layout (ACL in {@code x-amz-meta-acl}, cache objects under
 * {@code _smyth_cache/}, expiry in metadata) and the size limit.
 */
class S3LayoutTest {
  @RegisterExtension static final S3Proxy S3 = new S3Proxy();

  private static final String ACL = "h:xxh3|u:63edb0950fc8c927/o|a:fcf1a5605d79016e/rw";

  private S3Io io;
  private S3Client raw;

  @BeforeEach
  void open() {
    io = new S3Io(S3.settings("layout"), S3Proxy::vault);
    raw =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create(S3.endpoint()))
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(S3Proxy.IDENTITY, S3Proxy.CREDENTIAL)))
            .build();
  }

  @AfterEach
  void close() {
    io.close();
    raw.close();
  }

  private HeadObjectResponse head(String key) {
    return raw.headObject(b -> b.bucket("layout").key(key));
  }

  @Test
  void aclAndPlainMetadataAreUserMetadataAsSreKeepsThem() {
    join(
        new S3Storage(io)
            .write(
                "teams/default/a.txt",
                "hi".getBytes(),
                Map.of("acl", ACL, "ContentType", "text/plain", "note", "héllo")));

    HeadObjectResponse head = head("teams/default/a.txt");
    assertThat(head.metadata()).containsEntry("acl", ACL);
    assertThat(head.contentType()).isEqualTo("text/plain");
    assertThat(head.metadata().get("note")).startsWith("b64:");
  }

  @Test
  void cacheObjectsLiveUnderSmythCacheWithTheirExpiry() {
    AtomicLong now = new AtomicLong(1_000_000);
    S3Cache cache = new S3Cache(io, now::get);
    join(cache.set("pub_url:abc", "{\"a\":1}", Map.of("acl", ACL), 60));

    HeadObjectResponse head = head("_smyth_cache/pub_url:abc");
    assertThat(head.metadata())
        .containsEntry("acl", ACL)
        .containsEntry(S3Cache.EXPIRES_AT, "1060000");

    now.addAndGet(Duration.ofSeconds(61).toMillis());
    assertThat(join(cache.get("pub_url:abc"))).isEmpty();
    assertThat(raw.listObjectsV2(b -> b.bucket("layout").prefix("_smyth_cache/")).contents())
        .as("an expired object is deleted when read")
        .isEmpty();
  }

  @Test
  void objectsAboveTheLimitAreRefusedClearly() {
    S3Settings base = S3.settings("layout");
    S3Settings small =
        new S3Settings(
            base.bucket(),
            base.region(),
            base.endpoint(),
            base.pathStyle(),
            base.accessKeyId(),
            base.secretKeyVaultKey(),
            "",
            true,
            base.cachePrefix(),
            10,
            2,
            10,
            base.connectTimeout(),
            base.requestTimeout(),
            base.maxAttempts());
    join(new S3Storage(io).write("big.bin", new byte[11], Map.of()));
    try (S3Io limited = new S3Io(small, S3Proxy::vault)) {
      S3Storage storage = new S3Storage(limited);

      assertThat(failure(storage.write("too-big.bin", new byte[11], Map.of())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("max.object.bytes (10)");
      assertThat(failure(storage.read("big.bin")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("11 bytes");
    }
  }
}
