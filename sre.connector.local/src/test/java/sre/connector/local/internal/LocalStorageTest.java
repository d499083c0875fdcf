package sre.connector.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sre.api.storage.StorageConnector;
import sre.connector.tck.StorageConnectorContract;

class LocalStorageTest extends StorageConnectorContract {

  @TempDir Path folder;

  private final List<LocalStorage> started = new ArrayList<>();

  @Override
  protected StorageConnector connector() {
    return start();
  }

  @Override
  protected void tearDown() throws Exception {
    for (LocalStorage storage : started) {
      storage.deactivate();
    }
  }

  private LocalStorage start() {
    LocalStorage storage = new LocalStorage(folder, 2);
    started.add(storage);
    return storage;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void usesSresLayout() throws Exception {
    join(storage().write("teams/t1/a.txt", utf8("hi"), Map.of("acl", "h:xxh3|u:1/o")));

    assertThat(folder.resolve("local/teams/t1/a.txt")).hasContent("hi");
    assertThat(Files.readString(folder.resolve(".local.metadata/teams/t1/a.txt")))
        .contains("\"acl\"", "\"h:xxh3|u:1/o\"");
  }

  @Test
  void objectsSurviveANewInstanceOnTheSameFolder() throws Exception {
    join(storage().write("keep/me.bin", new byte[] {1, 2, 3}, Map.of("k", "v")));
    ((LocalStorage) storage()).deactivate();

    LocalStorage restarted = start();

    assertThat(join(restarted.read("keep/me.bin")).orElseThrow().data()).containsExactly(1, 2, 3);
    assertThat(join(restarted.getMetadata("keep/me.bin"))).hasValue(Map.of("k", "v"));
    assertThat(join(restarted.list("keep/"))).containsExactly("keep/me.bin");
  }

  @Test
  void readsMetadataWrittenBySre() throws Exception {
    Files.createDirectories(folder.resolve("local/x"));
    Files.createDirectories(folder.resolve(".local.metadata/x"));
    Files.writeString(folder.resolve("local/x/f.txt"), "data");
    Files.writeString(
        folder.resolve(".local.metadata/x/f.txt"),
        "{\"acl\":\"h:xxh3|a:fcf1a5605d79016e/o\",\"ContentType\":\"text/plain\",\"n\":3}");

    assertThat(join(storage().getMetadata("x/f.txt")))
        .hasValue(
            Map.of("acl", "h:xxh3|a:fcf1a5605d79016e/o", "ContentType", "text/plain", "n", "3"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../outside.txt",
        "a/../../outside.txt",
        "a/..",
        "/etc/passwd",
        "a//b",
        "a/./b",
        "a/",
        "a\\..\\b",
        ""
      })
  void pathTraversalIsRefused(String id) {
    assertThat(failure(storage().write(id, utf8("x"), Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must");
    assertThat(failure(storage().read(id))).isInstanceOf(IllegalArgumentException.class);
    assertThat(failure(storage().delete(id))).isInstanceOf(IllegalArgumentException.class);
    assertThat(folder.getParent().resolve("outside.txt")).doesNotExist();
  }

  @Test
  void traversalMessageNamesTheId() {
    assertThat(failure(storage().read("../../x")))
        .hasMessageContaining("'../../x'")
        .hasMessageContaining("path traversal refused");
  }

  @Test
  void listRefusesTraversalPrefixes() {
    assertThat(failure(storage().list("../"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(failure(storage().list("/etc/"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws Exception {
    join(storage().write("a.txt", utf8("1"), Map.of()));
    join(storage().write("a.txt", utf8("2"), Map.of()));
    join(storage().setMetadata("a.txt", Map.of("k", "v")));

    try (var staged = Files.list(folder.resolve(".local.tmp"))) {
      assertThat(staged).isEmpty();
    }
  }

  @Test
  void deactivationFinishesQueuedWrites() throws Exception {
    List<CompletionStage<Void>> writes = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      writes.add(storage().write("queued/" + i, utf8("v" + i), Map.of()));
    }
    ((LocalStorage) storage()).deactivate();

    writes.forEach(write -> join(write));
    assertThat(join(start().list("queued/"))).hasSize(50);
  }

  @Test
  void callsAfterDeactivationFailClearly() throws Exception {
    ((LocalStorage) storage()).deactivate();

    assertThat(failure(storage().read("a.txt"))).hasMessageContaining("LocalStorage is stopped");
  }
}
