package sre.cli.internal.conformance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import sre.api.component.support.Json;

/**
 * What {@code sre conformance} prints: each failing case with its difference, expected and actual
 * values; the ratchet's verdict when one is given; last, {@code N passed, M failed}.
 */
public final class ConformanceReport {
  private static final int MAX_VALUE_CHARS = 400;

  private final List<CaseResult> results;
  private final Optional<Ratchet> ratchet;
  private final boolean wholeCorpus;

  /**
   * @param wholeCorpus false when {@code --only} selected some cases: ratchet names that did not
   *     run are then not reported as missing
   */
  public ConformanceReport(
      List<CaseResult> results, Optional<Ratchet> ratchet, boolean wholeCorpus) {
    this.results = List.copyOf(results);
    this.ratchet = ratchet;
    this.wholeCorpus = wholeCorpus;
  }

  public long passed() {
    return results.stream().filter(CaseResult::passed).count();
  }

  public long failed() {
    return results.size() - passed();
  }

  /** Ratcheted cases that ran and failed. */
  public List<String> regressions() {
    Set<String> listed = ratchet.map(Ratchet::names).orElse(Set.of());
    return results.stream()
        .filter(r -> !r.passed() && listed.contains(r.testCase().name()))
        .map(r -> r.testCase().name())
        .toList();
  }

  /** Ratcheted names that are not in the corpus at all (renamed or removed cases). */
  public List<String> unknownRatchetNames() {
    if (!wholeCorpus || ratchet.isEmpty()) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>(ratchet.get().names());
    results.forEach(r -> names.remove(r.testCase().name()));
    return List.copyOf(names);
  }

  /** Passing cases the ratchet does not list yet: candidates to add. */
  public List<String> unlistedPassing() {
    Set<String> listed = ratchet.map(Ratchet::names).orElse(Set.of());
    return results.stream()
        .filter(r -> r.passed() && !listed.contains(r.testCase().name()))
        .map(r -> r.testCase().name())
        .toList();
  }

  /** With a ratchet: 1 when a listed case fails or is gone. Without: 1 when any case fails. */
  public int exitCode() {
    if (ratchet.isPresent()) {
      return regressions().isEmpty() && unknownRatchetNames().isEmpty() ? 0 : 1;
    }
    return failed() == 0 ? 0 : 1;
  }

  public String render() {
    StringBuilder text = new StringBuilder();
    for (CaseResult result : results) {
      if (!result.passed()) {
        text.append(failure(result)).append('\n');
      }
    }
    ratchet.ifPresent(r -> text.append(ratchetSection(r)).append('\n'));
    text.append(passed()).append(" passed, ").append(failed()).append(" failed\n");
    return text.toString();
  }

  private static String failure(CaseResult result) {
    ConformanceCase c = result.testCase();
    StringBuilder text = new StringBuilder();
    text.append("FAIL ").append(c.name()).append('\n');
    text.append("  request   ")
        .append(c.method())
        .append(' ')
        .append(c.path())
        .append(" on ")
        .append(c.agent())
        .append('\n');
    text.append("  diff      ").append(result.difference().orElse("")).append('\n');
    text.append("  expected  ").append(abbreviate(Json.stringify(c.expect()))).append('\n');
    if (result.ran()) {
      text.append("  actual    ").append(abbreviate(Json.stringify(result.actual()))).append('\n');
    }
    return text.toString();
  }

  private String ratchetSection(Ratchet r) {
    StringBuilder text = new StringBuilder();
    List<String> regressions = regressions();
    List<String> unknown = unknownRatchetNames();
    if (regressions.isEmpty() && unknown.isEmpty()) {
      text.append("Ratchet ")
          .append(r.file())
          .append(": every listed case that ran passes (")
          .append(r.names().size())
          .append(" listed)\n");
    }
    appendList(text, "Ratchet: listed cases that FAIL", regressions);
    appendList(text, "Ratchet: listed cases not in the corpus (renamed or removed?)", unknown);
    List<String> candidates = new ArrayList<>(unlistedPassing());
    appendList(
        text, "Passing but not in the ratchet yet (add them to " + r.file() + ")", candidates);
    return text.toString();
  }

  private static void appendList(StringBuilder text, String title, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    text.append(title).append(": ").append(names.size()).append('\n');
    names.forEach(name -> text.append("  ").append(name).append('\n'));
  }

  private static String abbreviate(String json) {
    return json.length() > MAX_VALUE_CHARS ? json.substring(0, MAX_VALUE_CHARS) + "..." : json;
  }
}
