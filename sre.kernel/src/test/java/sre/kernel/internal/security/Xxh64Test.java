package sre.kernel.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Xxh64Test {
  /** Vectors from SRE's ACL hashes (spec §3.3), plus the reference XXH64 of the empty input. */
  @ParameterizedTest
  @CsvSource({
    "agent1, fcf1a5605d79016e",
    "default, cb14bd8a5c561c96",
    "user1, 63edb0950fc8c927",
    "public, 61214ecf31784e87",
    "a, d24ec4f1a98c6e5b",
    "id0, c058e196eecf019",
    "'', ef46db3751d8e999"
  })
  void matchesSre(String id, String hex) {
    assertThat(Xxh64.hex(id)).isEqualTo(hex);
  }

  /** Longer inputs exercise the 32-byte stripes and every tail branch; values from xxhsum -H64. */
  @ParameterizedTest
  @CsvSource({
    "0123456789abcdef0123456789abcdef, 642a94958e71e6c5",
    "0123456789abcdef0123456789abcdef0123456789abcdef-xy, 20afa6db8b61219d",
    "The quick brown fox jumps over the lazy dog, b242d361fda71bc"
  })
  void matchesTheReferenceImplementation(String text, String hex) {
    assertThat(Xxh64.hex(text)).isEqualTo(hex);
  }
}
