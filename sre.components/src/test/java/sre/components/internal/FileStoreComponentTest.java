package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.result;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.security.AccessCandidate;
import sre.api.storage.PublicFiles;
import sre.api.storage.Storage;

class FileStoreComponentTest {
  private final Map<String, byte[]> files = TestServices.files();
  private final TestPublicFiles links = new TestPublicFiles();

  @Test
  void storesTheDataAndAnswersALastingPublicLink() {
    Map<String, Object> out =
        result(
            new FileStoreComponent()
                .process(
                    TestCalls.call(
                        Map.of("name", "{{Kind}}", "ttl", 3600L),
                        Map.of("Data", "hello file", "Kind", "note"),
                        TestCalls.run(
                            new AgentRequest(
                                "POST",
                                "/api/x",
                                Map.of(),
                                Map.of(),
                                Map.of(),
                                AccessCandidate.anonymous()),
                            Map.of(),
                            Map.of(
                                Storage.class,
                                TestServices.storage(files),
                                PublicFiles.class,
                                links)))));

    assertThat(out).containsEntry("Url", "http://files.test/storage/abc123/res-1.txt");
    TestPublicFiles.Made link = links.made.get(0);
    assertThat(link.owner()).isEqualTo(AccessCandidate.agent("agent-1"));
    assertThat(link.resourceId())
        .startsWith("agents/agent-1/components_data/")
        .endsWith(".note.txt");
    assertThat(new String(files.get(link.resourceId()), StandardCharsets.UTF_8))
        .isEqualTo("hello file");
  }
}
