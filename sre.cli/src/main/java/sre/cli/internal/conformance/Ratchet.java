package sre.cli.internal.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The ratchet file: names of cases that must keep passing, one per line; blank lines and lines
 * starting with {@code #} are ignored. CI and the engine's test read the same file.
 */
public record Ratchet(Path file, Set<String> names) {
  public Ratchet {
    names = Collections.unmodifiableSet(new LinkedHashSet<>(names));
  }

  public static Ratchet read(Path file) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    return new Ratchet(file, names);
  }
}
