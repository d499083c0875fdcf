package sre.api.nkv;

import java.util.Objects;

/** One key and its value in a namespace. */
public record NkvEntry(String key, String value) {
  public NkvEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
