package sre.connector.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sre.api.security.AccessCandidate;

class DummyAccountTest {

  private static final String ACCOUNTS =
      """
      {
        "acme": {
          "users": { "alice": { "settings": {} }, "ghost": null },
          "agents": { "agent-1": {} },
          "settings": { "custom-llm": "[]", "limits": { "runs": 5 } }
        },
        "beta": {
          "users": { "alice": {}, "bob": {} },
          "agents": { "agent-2": {}, "disabled": false }
        }
      }
      """;

  @TempDir Path folder;

  private Path file() {
    return folder.resolve("accounts.json");
  }

  private DummyAccount withFile(String json) throws IOException {
    Files.writeString(file(), json);
    return new DummyAccount(file());
  }

  @Test
  void withoutFileEveryoneIsInTheDefaultTeam() {
    DummyAccount account = new DummyAccount(file());

    assertThat(join(account.teamOf(AccessCandidate.user("alice")))).isEqualTo("default");
    assertThat(join(account.teamOf(AccessCandidate.agent("a1")))).isEqualTo("default");
    assertThat(join(account.teamOf(AccessCandidate.team("t1")))).isEqualTo("t1");
    assertThat(join(account.isTeamMember("default", AccessCandidate.user("anyone")))).isTrue();
    assertThat(join(account.isTeamMember("t1", AccessCandidate.user("anyone")))).isFalse();
    assertThat(join(account.teamSetting("default", "custom-llm"))).isEmpty();
  }

  @Test
  void teamOfIsTheFirstTeamListingTheCandidate() throws IOException {
    DummyAccount account = withFile(ACCOUNTS);

    assertThat(join(account.teamOf(AccessCandidate.user("alice")))).isEqualTo("acme");
    assertThat(join(account.teamOf(AccessCandidate.user("bob")))).isEqualTo("beta");
    assertThat(join(account.teamOf(AccessCandidate.agent("agent-1")))).isEqualTo("acme");
    assertThat(join(account.teamOf(AccessCandidate.agent("agent-2")))).isEqualTo("beta");
    assertThat(join(account.teamOf(AccessCandidate.team("beta")))).isEqualTo("beta");
    assertThat(join(account.teamOf(AccessCandidate.user("stranger")))).isEqualTo("default");
    assertThat(join(account.teamOf(AccessCandidate.system()))).isEqualTo("default");
    assertThat(join(account.teamOf(AccessCandidate.anonymous()))).isEqualTo("default");
  }

  @Test
  void usersAndAgentsAreNotConfused() throws IOException {
    DummyAccount account = withFile(ACCOUNTS);

    assertThat(join(account.teamOf(AccessCandidate.agent("alice")))).isEqualTo("default");
    assertThat(join(account.isTeamMember("acme", AccessCandidate.agent("alice")))).isFalse();
  }

  @Test
  void nullOrFalseEntriesAreNotMembers() throws IOException {
    DummyAccount account = withFile(ACCOUNTS);

    assertThat(join(account.teamOf(AccessCandidate.user("ghost")))).isEqualTo("default");
    assertThat(join(account.isTeamMember("beta", AccessCandidate.agent("disabled")))).isFalse();
  }

  @Test
  void membershipFollowsSresDummyAccount() throws IOException {
    DummyAccount account = withFile(ACCOUNTS);

    assertThat(join(account.isTeamMember("acme", AccessCandidate.user("alice")))).isTrue();
    assertThat(join(account.isTeamMember("beta", AccessCandidate.user("alice")))).isTrue();
    assertThat(join(account.isTeamMember("acme", AccessCandidate.user("bob")))).isFalse();
    assertThat(join(account.isTeamMember("acme", AccessCandidate.team("acme")))).isTrue();
    assertThat(join(account.isTeamMember("acme", AccessCandidate.team("beta")))).isFalse();
    assertThat(join(account.isTeamMember("default", AccessCandidate.user("stranger")))).isTrue();
    assertThat(join(account.isTeamMember("default", AccessCandidate.team("acme")))).isTrue();
    assertThat(join(account.isTeamMember("nope", AccessCandidate.user("alice")))).isFalse();
    assertThat(join(account.isTeamMember("acme", AccessCandidate.system()))).isFalse();
  }

  @Test
  void teamSettingsAreReadAsText() throws IOException {
    DummyAccount account = withFile(ACCOUNTS);

    assertThat(join(account.teamSetting("acme", "custom-llm"))).hasValue("[]");
    assertThat(join(account.teamSetting("acme", "limits"))).hasValue("{\"runs\":5}");
    assertThat(join(account.teamSetting("acme", "missing"))).isEmpty();
    assertThat(join(account.teamSetting("beta", "custom-llm"))).isEmpty();
    assertThat(join(account.teamSetting("nope", "custom-llm"))).isEmpty();
  }

  @Test
  void changedFileIsReadAgain() throws IOException {
    DummyAccount account = withFile(ACCOUNTS);
    assertThat(join(account.teamOf(AccessCandidate.user("carol")))).isEqualTo("default");

    FileTime before = Files.getLastModifiedTime(file());
    Files.writeString(file(), "{\"gamma\": {\"users\": {\"carol\": {}}}}");
    Files.setLastModifiedTime(file(), FileTime.from(before.toInstant().plusSeconds(2)));

    assertThat(join(account.teamOf(AccessCandidate.user("carol")))).isEqualTo("gamma");
    assertThat(join(account.teamOf(AccessCandidate.user("alice")))).isEqualTo("default");
  }

  @Test
  void malformedFileIsReportedWithItsName() throws IOException {
    DummyAccount account = withFile("{\"acme\": {\"users\": [\"alice\"]}}");

    assertThat(failure(account.teamOf(AccessCandidate.user("alice"))))
        .hasMessageContaining(file().toString())
        .hasMessageContaining("'users' of team 'acme' must be a JSON object");
  }
}
