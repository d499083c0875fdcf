package sre.kernel.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessLevel;
import sre.api.security.AccessRole;
import sre.api.security.Acl;

/**
 * The access decision as a matrix: every candidate role × every requested level × every way an ACL
 * can relate to the candidate (own entry with each level, team entry with each level, public entry
 * with each level, no entry), in plain and hashed form.
 */
class AccessPolicyMatrixTest {
  private static final String TEAM = "team-a";
  private static final String RESOURCE = "teams/team-a/file.txt";

  enum Grant {
    OWN,
    TEAM,
    PUBLIC,
    NONE
  }

  static Stream<Arguments> matrix() {
    List<Arguments> rows = new ArrayList<>();
    for (AccessRole role : AccessRole.values()) {
      for (AccessLevel requested :
          List.of(AccessLevel.READ, AccessLevel.WRITE, AccessLevel.OWNER)) {
        for (Grant grant : Grant.values()) {
          for (AccessLevel held : List.of(AccessLevel.READ, AccessLevel.WRITE, AccessLevel.OWNER)) {
            for (boolean hashed : List.of(false, true)) {
              rows.add(
                  Arguments.of(
                      role,
                      requested,
                      grant,
                      held,
                      hashed,
                      expected(role, requested, grant, held)));
            }
          }
        }
      }
    }
    return rows.stream();
  }

  /** The rule, written independently of the implementation. */
  static boolean expected(AccessRole role, AccessLevel requested, Grant grant, AccessLevel held) {
    if (role == AccessRole.SYSTEM) {
      return true;
    }
    boolean levelMatches = held == requested || held == AccessLevel.OWNER;
    return switch (grant) {
      case OWN -> role != AccessRole.PUBLIC && levelMatches;
      case PUBLIC -> levelMatches;
      case TEAM -> role != AccessRole.PUBLIC && levelMatches;
      case NONE -> false;
    };
  }

  static AccessCandidate candidate(AccessRole role) {
    return switch (role) {
      case USER -> AccessCandidate.user("user1");
      case AGENT -> AccessCandidate.agent("agent-1");
      case TEAM -> AccessCandidate.team(TEAM);
      case PUBLIC -> AccessCandidate.anonymous();
      case SYSTEM -> AccessCandidate.system();
    };
  }

  @ParameterizedTest(name = "{0} asks {1}; ACL {2}/{3} hashed={4} → {5}")
  @MethodSource("matrix")
  void decides(
      AccessRole role,
      AccessLevel requested,
      Grant grant,
      AccessLevel held,
      boolean hashed,
      boolean allowed) {
    AccessCandidate c = candidate(role);
    Acl acl =
        switch (grant) {
          case OWN ->
              role == AccessRole.PUBLIC || role == AccessRole.SYSTEM
                  ? Acl.empty().grant(AccessCandidate.user("someone-else"), held)
                  : Acl.empty().grant(c, held);
          case TEAM -> Acl.empty().grant(AccessCandidate.team(TEAM), held);
          case PUBLIC -> Acl.empty().grantPublic(held);
          case NONE -> Acl.empty().grant(AccessCandidate.user("someone-else"), AccessLevel.OWNER);
        };
    if (hashed) {
      acl = AclCodec.decode(AclCodec.encode(acl));
    }
    boolean result =
        AccessPolicy.allows(
            new sre.api.security.AccessRequest(c, RESOURCE, requested),
            acl,
            true,
            role == AccessRole.PUBLIC ? Optional.empty() : Optional.of(TEAM));
    assertThat(result).isEqualTo(allowed);
  }

  @ParameterizedTest
  @MethodSource("roles")
  void anyoneMayCreateAMissingResource(AccessRole role) {
    AccessCandidate c = candidate(role);
    assertThat(AccessPolicy.allows(c.write(RESOURCE), Acl.empty(), false, Optional.empty()))
        .isTrue();
  }

  static Stream<AccessRole> roles() {
    return Stream.of(AccessRole.values());
  }

  @ParameterizedTest
  @MethodSource("roles")
  void anotherTeamsGrantDoesNotApply(AccessRole role) {
    if (role == AccessRole.SYSTEM) {
      return;
    }
    AccessCandidate c = candidate(role);
    Acl acl = Acl.empty().grant(AccessCandidate.team("team-b"), AccessLevel.OWNER);
    assertThat(AccessPolicy.allows(c.read(RESOURCE), acl, true, Optional.of(TEAM))).isFalse();
  }
}
