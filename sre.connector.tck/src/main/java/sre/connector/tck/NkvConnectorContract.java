package sre.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.join;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.nkv.NkvConnector;
import sre.api.nkv.NkvEntry;

/**
 * What every {@link NkvConnector} must do, whatever its backend: scopes and namespaces that never
 * leak into each other (even when one name is a prefix of another or contains the backend's
 * separator), sorted listings, and safe concurrent use. Extend it and implement {@link
 * #connector()}.
 *
 * <p>Scopes of a test carry a random suffix, so backends that keep data between tests never see
 * another test's entries. Hooks: {@link #setUp()} before {@link #connector()}, {@link #tearDown()}
 * after each test; override them without JUnit annotations.
 */
public abstract class NkvConnectorContract {

  private final String run = UUID.randomUUID().toString();

  /** The scope most tests use, e.g. {@code team_tck-3f2a...}. */
  protected final String scope = scope("tck");

  private NkvConnector nkv;

  /** A connector ready to use. Called once per test, after {@link #setUp()}. */
  protected abstract NkvConnector connector() throws Exception;

  /** Runs before {@link #connector()} in every test. */
  protected void setUp() throws Exception {}

  /** Runs after every test. */
  protected void tearDown() throws Exception {}

  /** The connector under test in the current test. */
  protected final NkvConnector nkv() {
    return nkv;
  }

  /** A scope private to this test, shaped like the kernel's ({@code team_<id>}). */
  protected final String scope(String team) {
    return "team_" + team + "-" + run;
  }

  @BeforeEach
  final void startNkvContract() throws Exception {
    setUp();
    nkv = connector();
  }

  @AfterEach
  final void stopNkvContract() throws Exception {
    tearDown();
  }

  @Test
  void getOfMissingKeyIsEmpty() {
    assertThat(join(nkv.get(scope, "ns", "missing"))).isEmpty();
    assertThat(join(nkv.exists(scope, "ns", "missing"))).isFalse();
  }

  @Test
  void valueRoundTripsVerbatim() {
    join(nkv.set(scope, "ns", "json", "{\"a\":1}"));
    join(nkv.set(scope, "ns", "quoted", "\"already quoted\""));
    join(nkv.set(scope, "ns", "unicode", "héllo — 日本語 🚀\nline 2"));
    join(nkv.set(scope, "ns", "empty", ""));

    assertThat(join(nkv.get(scope, "ns", "json"))).hasValue("{\"a\":1}");
    assertThat(join(nkv.get(scope, "ns", "quoted"))).hasValue("\"already quoted\"");
    assertThat(join(nkv.get(scope, "ns", "unicode"))).hasValue("héllo — 日本語 🚀\nline 2");
    assertThat(join(nkv.get(scope, "ns", "empty"))).hasValue("");
  }

  @Test
  void overwriteReplacesTheValue() {
    join(nkv.set(scope, "ns", "k", "first"));
    join(nkv.set(scope, "ns", "k", "second"));

    assertThat(join(nkv.get(scope, "ns", "k"))).hasValue("second");
    assertThat(join(nkv.list(scope, "ns"))).containsExactly(new NkvEntry("k", "second"));
  }

  @Test
  void existsFollowsTheKeysLife() {
    join(nkv.set(scope, "ns", "k", "v"));
    assertThat(join(nkv.exists(scope, "ns", "k"))).isTrue();

    join(nkv.delete(scope, "ns", "k"));
    assertThat(join(nkv.exists(scope, "ns", "k"))).isFalse();
    assertThat(join(nkv.get(scope, "ns", "k"))).isEmpty();
  }

  @Test
  void deleteOfMissingKeySucceeds() {
    join(nkv.delete(scope, "ns", "never-set"));
    join(nkv.delete(scope, "no-such-namespace", "k"));
  }

  @Test
  void deleteLeavesOtherKeysAlone() {
    join(nkv.set(scope, "ns", "a", "1"));
    join(nkv.set(scope, "ns", "b", "2"));
    join(nkv.delete(scope, "ns", "a"));

    assertThat(join(nkv.list(scope, "ns"))).containsExactly(new NkvEntry("b", "2"));
  }

  @Test
  void listIsSortedByKey() {
    List.of("delta", "alpha", "charlie", "bravo", "Zulu", "10", "9")
        .forEach(k -> join(nkv.set(scope, "ns", k, "v-" + k)));

    assertThat(join(nkv.list(scope, "ns")))
        .extracting(NkvEntry::key)
        .containsExactly("10", "9", "Zulu", "alpha", "bravo", "charlie", "delta");
    assertThat(join(nkv.list(scope, "ns"))).contains(new NkvEntry("alpha", "v-alpha"));
  }

  @Test
  void listOfMissingNamespaceIsEmpty() {
    assertThat(join(nkv.list(scope, "nothing"))).isEmpty();
  }

  @Test
  void deleteAllEmptiesOnlyThatNamespace() {
    join(nkv.set(scope, "a", "k1", "1"));
    join(nkv.set(scope, "a", "k2", "2"));
    join(nkv.set(scope, "b", "k1", "3"));

    join(nkv.deleteAll(scope, "a"));

    assertThat(join(nkv.list(scope, "a"))).isEmpty();
    assertThat(join(nkv.get(scope, "a", "k1"))).isEmpty();
    assertThat(join(nkv.list(scope, "b"))).containsExactly(new NkvEntry("k1", "3"));
  }

  @Test
  void deleteAllOfMissingNamespaceSucceeds() {
    join(nkv.deleteAll(scope, "never-used"));
  }

  @Test
  void namespaceCanBeReusedAfterDeleteAll() {
    join(nkv.set(scope, "ns", "old", "1"));
    join(nkv.deleteAll(scope, "ns"));
    join(nkv.set(scope, "ns", "new", "2"));

    assertThat(join(nkv.list(scope, "ns"))).containsExactly(new NkvEntry("new", "2"));
  }

  @Test
  void twoScopesNeverSeeEachOther() {
    String teamA = scope("a");
    String teamB = scope("b");
    join(nkv.set(teamA, "ns", "k", "from A"));
    join(nkv.set(teamB, "ns", "k", "from B"));
    join(nkv.set(teamA, "ns", "only-a", "1"));

    assertThat(join(nkv.get(teamA, "ns", "k"))).hasValue("from A");
    assertThat(join(nkv.get(teamB, "ns", "k"))).hasValue("from B");
    assertThat(join(nkv.exists(teamB, "ns", "only-a"))).isFalse();
    assertThat(join(nkv.list(teamB, "ns"))).containsExactly(new NkvEntry("k", "from B"));

    join(nkv.deleteAll(teamA, "ns"));
    assertThat(join(nkv.list(teamB, "ns"))).containsExactly(new NkvEntry("k", "from B"));

    join(nkv.delete(teamB, "ns", "k"));
    assertThat(join(nkv.list(teamA, "ns"))).isEmpty();
  }

  @Test
  void scopeThatIsAPrefixOfAnotherStaysApart() {
    String shortScope = scope("t");
    String longScope = shortScope + "x";
    join(nkv.set(shortScope, "ns", "k", "short"));
    join(nkv.set(longScope, "ns", "k", "long"));

    assertThat(join(nkv.list(shortScope, "ns"))).containsExactly(new NkvEntry("k", "short"));
    join(nkv.deleteAll(shortScope, "ns"));
    assertThat(join(nkv.get(longScope, "ns", "k"))).hasValue("long");
  }

  @Test
  void namespaceThatIsAPrefixOfAnotherStaysApart() {
    join(nkv.set(scope, "mem", "k", "1"));
    join(nkv.set(scope, "memory", "k", "2"));

    assertThat(join(nkv.list(scope, "mem"))).containsExactly(new NkvEntry("k", "1"));
    join(nkv.deleteAll(scope, "mem"));
    assertThat(join(nkv.list(scope, "memory"))).containsExactly(new NkvEntry("k", "2"));
  }

  @Test
  void separatorsInNamesDoNotMergeNamespaces() {
    join(nkv.set(scope, "x", "y:z", "key with colon"));
    join(nkv.set(scope, "x:y", "z", "namespace with colon"));

    assertThat(join(nkv.get(scope, "x", "y:z"))).hasValue("key with colon");
    assertThat(join(nkv.get(scope, "x:y", "z"))).hasValue("namespace with colon");
    assertThat(join(nkv.list(scope, "x"))).containsExactly(new NkvEntry("y:z", "key with colon"));
    assertThat(join(nkv.list(scope, "x:y")))
        .containsExactly(new NkvEntry("z", "namespace with colon"));
  }

  @Test
  void unicodeNamesWork() {
    join(nkv.set(scope, "mémoire 🚀", "clé/日本", "v"));

    assertThat(join(nkv.get(scope, "mémoire 🚀", "clé/日本"))).hasValue("v");
    assertThat(join(nkv.list(scope, "mémoire 🚀"))).containsExactly(new NkvEntry("clé/日本", "v"));
  }

  @Test
  void concurrentSetsAllLand() {
    int threads = 8;
    int perThread = 25;
    Concurrently.run(
        threads,
        t ->
            IntStream.range(0, perThread)
                .mapToObj(i -> nkv.set(scope, "ns", String.format("k%02d-%03d", t, i), t + "/" + i))
                .reduce((a, b) -> a.thenCombine(b, (x, y) -> null))
                .orElseThrow());

    List<NkvEntry> entries = join(nkv.list(scope, "ns"));
    assertThat(entries).hasSize(threads * perThread);
    assertThat(entries).extracting(NkvEntry::key).isSorted();
    assertThat(entries).contains(new NkvEntry("k03-017", "3/17"));
  }
}
