package sre.router.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;

/**
 * Maps a request's API key to the user it stands for. The key comes from {@code X-API-Key} or
 * {@code Authorization: Bearer <key>}; the Vault holds only its SHA-256: key name {@code
 * apikey:<sha256 hex>} in the configured team, value = user id. No key → the anonymous candidate;
 * an unknown key → 401 (the key itself is never logged or echoed).
 */
final class ApiKeys {
  static final String KEY_PREFIX = "apikey:";
  private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer");

  private final Supplier<Vault> vault;

  ApiKeys(Supplier<Vault> vault) {
    this.vault = vault;
  }

  CompletionStage<AccessCandidate> candidate(Map<String, String> headers, String team) {
    String key = presentedKey(headers);
    if (key == null) {
      return CompletableFuture.completedFuture(AccessCandidate.anonymous());
    }
    Vault v = vault.get();
    if (v == null) {
      return CompletableFuture.failedFuture(
          new HttpProblem(503, "Vault unavailable: API keys cannot be checked"));
    }
    return v.requester(AccessCandidate.team(team))
        .get(KEY_PREFIX + sha256(key))
        .thenApply(
            user -> {
              String id = user.map(String::trim).orElse("");
              try {
                if (!id.isEmpty()) {
                  return AccessCandidate.user(id);
                }
              } catch (IllegalArgumentException invalidId) {
                // a stored value that is no valid user id grants nothing
              }
              throw new HttpProblem(401, "Invalid API key", CHALLENGE);
            });
  }

  /** The key from X-API-Key, else from a Bearer authorization header; null when none. */
  static String presentedKey(Map<String, String> headers) {
    String key = headers.get("x-api-key");
    if (key != null && !key.isBlank()) {
      return key.trim();
    }
    String authorization = headers.get("authorization");
    if (authorization != null
        && authorization.length() > 7
        && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      String token = authorization.substring(7).trim();
      return token.isEmpty() ? null : token;
    }
    return null;
  }

  static String sha256(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static Map<String, String> challenge() {
    return CHALLENGE;
  }
}
