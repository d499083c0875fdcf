package sre.api.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An access-control list: for each role, entry keys mapped to access levels. Immutable; the {@code
 * grant} methods return a new ACL.
 *
 * <p>Entry keys are candidate ids in the form named by {@link #hashAlgorithm()}: {@link #PLAIN}
 * (the id itself, as built in memory) or {@link #XXH3} (SRE's stored form: XXH64 of the id, lower
 * hex). The kernel owns hashing and the compact string form used in stored metadata; callers build
 * ACLs with plain ids.
 *
 * <p>Public entries are stored under the key {@value #PUBLIC_KEY} of role {@link AccessRole#PUBLIC}
 * and grant their levels to every candidate (in SRE they never matched).
 */
public final class Acl {
  /** Entry keys are the candidate ids themselves. */
  public static final String PLAIN = "none";

  /** Entry keys are XXH64 hashes of the candidate ids (SRE calls the algorithm {@code xxh3}). */
  public static final String XXH3 = "xxh3";

  /** Key under which public grants are stored. */
  public static final String PUBLIC_KEY = "public";

  private static final Acl EMPTY = new Acl(PLAIN, Map.of());

  private final String hashAlgorithm;
  private final Map<AccessRole, Map<String, Set<AccessLevel>>> entries;

  private Acl(String hashAlgorithm, Map<AccessRole, Map<String, Set<AccessLevel>>> entries) {
    this.hashAlgorithm = Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
    Map<AccessRole, Map<String, Set<AccessLevel>>> copy = new EnumMap<>(AccessRole.class);
    entries.forEach(
        (role, byKey) -> {
          Map<String, Set<AccessLevel>> inner = new LinkedHashMap<>();
          byKey.forEach(
              (k, levels) ->
                  inner.put(
                      k,
                      Collections.unmodifiableSet(
                          levels.isEmpty()
                              ? EnumSet.noneOf(AccessLevel.class)
                              : EnumSet.copyOf(levels))));
          if (!inner.isEmpty()) {
            copy.put(role, Collections.unmodifiableMap(inner));
          }
        });
    this.entries = Collections.unmodifiableMap(copy);
  }

  /** The ACL that grants nothing (plain keys). */
  public static Acl empty() {
    return EMPTY;
  }

  /** An ACL with the given entries, keys already in the form of {@code hashAlgorithm}. */
  public static Acl of(
      String hashAlgorithm, Map<AccessRole, Map<String, Set<AccessLevel>>> entries) {
    return new Acl(hashAlgorithm, entries);
  }

  /** Hash algorithm of the entry keys: {@link #PLAIN} or {@link #XXH3}. */
  public String hashAlgorithm() {
    return hashAlgorithm;
  }

  /** Entries by role, then by key. Unmodifiable. */
  public Map<AccessRole, Map<String, Set<AccessLevel>>> entries() {
    return entries;
  }

  /** Levels stored for a role and key; empty when none. */
  public Set<AccessLevel> levels(AccessRole role, String key) {
    return entries.getOrDefault(role, Map.of()).getOrDefault(key, Set.of());
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Adds levels for a candidate id. Only for plain ACLs; a hashed ACL takes keys through {@link
   * #grantKey}.
   */
  public Acl grant(AccessCandidate candidate, AccessLevel... levels) {
    if (!PLAIN.equals(hashAlgorithm)) {
      throw new IllegalStateException("grant(candidate) needs a plain ACL; use grantKey");
    }
    if (candidate.role() == AccessRole.PUBLIC) {
      return grantPublic(levels);
    }
    return grantKey(candidate.role(), candidate.id(), levels);
  }

  /** Adds levels that every candidate gets. */
  public Acl grantPublic(AccessLevel... levels) {
    return grantKey(AccessRole.PUBLIC, PUBLIC_KEY, levels);
  }

  /** Adds levels under a key already in this ACL's hash form. */
  public Acl grantKey(AccessRole role, String key, AccessLevel... levels) {
    Map<AccessRole, Map<String, Set<AccessLevel>>> next = mutableCopy();
    Set<AccessLevel> set =
        next.computeIfAbsent(role, r -> new LinkedHashMap<>())
            .computeIfAbsent(key, k -> EnumSet.noneOf(AccessLevel.class));
    Set<AccessLevel> grown =
        set.isEmpty() ? EnumSet.noneOf(AccessLevel.class) : EnumSet.copyOf(set);
    Collections.addAll(grown, levels);
    next.get(role).put(key, grown);
    return new Acl(hashAlgorithm, next);
  }

  /** Removes every level stored for a role and key. */
  public Acl revokeKey(AccessRole role, String key) {
    Map<AccessRole, Map<String, Set<AccessLevel>>> next = mutableCopy();
    Map<String, Set<AccessLevel>> inner = next.get(role);
    if (inner != null) {
      inner.remove(key);
    }
    return new Acl(hashAlgorithm, next);
  }

  /** Removes a candidate's entry (plain ACLs). */
  public Acl revoke(AccessCandidate candidate) {
    return candidate.role() == AccessRole.PUBLIC
        ? revokeKey(AccessRole.PUBLIC, PUBLIC_KEY)
        : revokeKey(candidate.role(), candidate.id());
  }

  private Map<AccessRole, Map<String, Set<AccessLevel>>> mutableCopy() {
    Map<AccessRole, Map<String, Set<AccessLevel>>> next = new EnumMap<>(AccessRole.class);
    entries.forEach((r, m) -> next.put(r, new LinkedHashMap<>(m)));
    return next;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Acl other
        && hashAlgorithm.equals(other.hashAlgorithm)
        && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hashAlgorithm, entries);
  }

  @Override
  public String toString() {
    return "Acl[" + hashAlgorithm + " " + entries + "]";
  }
}
