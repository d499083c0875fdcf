package sre.kernel.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessLevel;
import sre.api.security.AccessRole;
import sre.api.security.Acl;

class AclCodecTest {
  @Test
  void encodesAsSreDoes() {
    Acl acl =
        Acl.empty()
            .grant(AccessCandidate.user("user1"), AccessLevel.OWNER)
            .grant(AccessCandidate.agent("agent1"), AccessLevel.READ, AccessLevel.WRITE);
    assertThat(AclCodec.encode(acl)).isEqualTo("h:xxh3|u:63edb0950fc8c927/o|a:fcf1a5605d79016e/rw");
  }

  @Test
  void decodeRestoresAnEqualAcl() {
    String text = "h:xxh3|u:63edb0950fc8c927/o|a:fcf1a5605d79016e/rw";
    Acl acl = AclCodec.decode(text);
    assertThat(acl.levels(AccessRole.AGENT, "fcf1a5605d79016e"))
        .containsExactlyInAnyOrder(AccessLevel.READ, AccessLevel.WRITE);
    assertThat(AclCodec.encode(acl)).isEqualTo(text);
  }

  @Test
  void blankIsEmptyAndGarbageIsRejected() {
    assertThat(AclCodec.decode("").isEmpty()).isTrue();
    assertThatThrownBy(() -> AclCodec.decode("nonsense"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AclCodec.decode("h:xxh3|u:abc"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mergeUnitesLevels() {
    Acl a = Acl.empty().grant(AccessCandidate.agent("agent1"), AccessLevel.READ);
    Acl b = Acl.empty().grant(AccessCandidate.agent("agent1"), AccessLevel.WRITE);
    Acl merged = AclCodec.merge(a, b);
    assertThat(merged.levels(AccessRole.AGENT, "fcf1a5605d79016e"))
        .containsExactlyInAnyOrder(AccessLevel.READ, AccessLevel.WRITE);
  }

  @Test
  void keysFollowTheAlgorithm() {
    assertThat(AclCodec.key(Acl.PLAIN, "agent1")).isEqualTo("agent1");
    assertThat(AclCodec.key(Acl.XXH3, "agent1")).isEqualTo("fcf1a5605d79016e");
  }
}
