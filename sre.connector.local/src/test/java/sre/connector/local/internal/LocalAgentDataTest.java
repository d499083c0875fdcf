package sre.connector.local.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sre.api.agent.AgentSource;

class LocalAgentDataTest {

  @TempDir Path folder;

  private void agent(String fileName, String json) throws IOException {
    Files.writeString(folder.resolve(fileName), json);
  }

  @Test
  void findsByIdAndByFileNameWithOrWithoutExtension() throws IOException {
    agent("weather.smyth", "{\"id\": \"agent-weather\", \"components\": []}");
    LocalAgentData agents = new LocalAgentData(folder);

    AgentSource byId = agents.find("agent-weather").orElseThrow();
    assertThat(byId.name()).isEqualTo("weather.smyth");
    assertThat(byId.json()).isEqualTo("{\"id\": \"agent-weather\", \"components\": []}");
    assertThat(agents.find("weather")).hasValue(byId);
    assertThat(agents.find("weather.smyth")).hasValue(byId);
    assertThat(agents.find("nope")).isEmpty();
  }

  @Test
  void listIsSortedByNameAndIgnoresOtherFiles() throws IOException {
    agent("b.smyth", "{\"id\": \"b\"}");
    agent("a.smyth", "{\"id\": \"z\"}");
    agent("notes.txt", "not an agent");
    agent(".hidden.smyth", "{\"id\": \"h\"}");
    Files.createDirectories(folder.resolve("sub.smyth"));

    assertThat(new LocalAgentData(folder).list())
        .extracting(AgentSource::name)
        .containsExactly("a.smyth", "b.smyth");
  }

  @Test
  void fileWithoutIdGetsAStableIdFromItsName() throws IOException {
    agent("my-agent.smyth", "{\"name\": \"no id\"}");
    agent("My Agent.smyth", "{}");

    AgentSource plain = new LocalAgentData(folder).find("my-agent").orElseThrow();
    AgentSource spaced = new LocalAgentData(folder).find("My Agent").orElseThrow();

    assertThat(plain.id()).isEqualTo("tmp-my-agent");
    assertThat(spaced.id()).startsWith("tmp-My-Agent-").matches("[A-Za-z0-9._@-]+");
    assertThat(new LocalAgentData(folder).find("My Agent").orElseThrow().id())
        .isEqualTo(spaced.id());
    assertThat(new LocalAgentData(folder).find(spaced.id())).hasValue(spaced);
  }

  @Test
  void changedFileIsReadAgain() throws IOException {
    agent("a.smyth", "{\"id\": \"first\"}");
    LocalAgentData agents = new LocalAgentData(folder);
    AgentSource before = agents.find("a").orElseThrow();

    Path file = folder.resolve("a.smyth");
    Files.writeString(file, "{\"id\": \"second\", \"version\": 2}");
    Files.setLastModifiedTime(file, FileTime.from(before.modified().plusSeconds(2)));

    assertThat(agents.find("first")).isEmpty();
    AgentSource after = agents.find("second").orElseThrow();
    assertThat(after.json()).contains("\"version\": 2");
    assertThat(after.modified()).isAfter(before.modified());
  }

  @Test
  void newAndDeletedFilesAreNoticed() throws IOException {
    LocalAgentData agents = new LocalAgentData(folder);
    assertThat(agents.list()).isEmpty();

    agent("new.smyth", "{\"id\": \"n\"}");
    assertThat(agents.find("n")).isPresent();

    Files.delete(folder.resolve("new.smyth"));
    assertThat(agents.find("n")).isEmpty();
  }

  @Test
  void missingFolderHasNoAgents() {
    LocalAgentData agents = new LocalAgentData(folder.resolve("absent"));

    assertThat(agents.list()).isEmpty();
    assertThat(agents.find("x")).isEmpty();
  }

  @Test
  void malformedFileIsStillListedUnderItsName() throws IOException {
    agent("broken.smyth", "{\"id\": \"b\", ");

    AgentSource broken = new LocalAgentData(folder).find("broken").orElseThrow();

    assertThat(broken.id()).isEqualTo("tmp-broken");
    assertThat(broken.json()).isEqualTo("{\"id\": \"b\", ");
  }

  @Test
  void byteOrderMarkIsDropped() throws IOException {
    agent("bom.smyth", "\uFEFF{\"id\": \"with-bom\"}");

    assertThat(new LocalAgentData(folder).find("with-bom").orElseThrow().json())
        .isEqualTo("{\"id\": \"with-bom\"}");
  }

  @Test
  void firstFileByNameWinsADuplicateId() throws IOException {
    agent("b.smyth", "{\"id\": \"same\", \"from\": \"b\"}");
    agent("a.smyth", "{\"id\": \"same\", \"from\": \"a\"}");

    assertThat(new LocalAgentData(folder).find("same").orElseThrow().name()).isEqualTo("a.smyth");
  }
}
