package sre.cli.internal.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import sre.api.agent.AgentSource;
import sre.api.component.support.Json;

/**
 * A conformance corpus folder (see its README): the cases of {@code cases/*.json} in file order,
 * and the agent files they name, each read once.
 */
public final class Corpus {
  private final Path dir;
  private final List<ConformanceCase> cases;
  private final Map<String, AgentSource> agents = new ConcurrentHashMap<>();

  private Corpus(Path dir, List<ConformanceCase> cases) {
    this.dir = dir;
    this.cases = List.copyOf(cases);
  }

  /**
   * Reads every case file.
   *
   * @throws IllegalArgumentException naming the folder or the file when it is not a corpus
   */
  public static Corpus read(Path dir) throws IOException {
    Path casesDir = dir.resolve("cases");
    if (!Files.isDirectory(casesDir)) {
      throw new IllegalArgumentException("no conformance corpus at " + dir + " (no cases/ folder)");
    }
    List<ConformanceCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(casesDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        cases.addAll(readCases(file));
      }
    }
    return new Corpus(dir, cases);
  }

  @SuppressWarnings("unchecked")
  private static List<ConformanceCase> readCases(Path file) throws IOException {
    Object parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    if (!(parsed instanceof List<?> list)) {
      throw new IllegalArgumentException(file + " is not a JSON array of cases");
    }
    List<ConformanceCase> cases = new ArrayList<>(list.size());
    for (Object entry : list) {
      if (!(entry instanceof Map<?, ?>)) {
        throw new IllegalArgumentException(file + " holds an entry that is not a case object");
      }
      cases.add(ConformanceCase.from((Map<String, Object>) entry));
    }
    return cases;
  }

  public Path dir() {
    return dir;
  }

  public List<ConformanceCase> cases() {
    return cases;
  }

  /** A path named in a case, resolved against the corpus folder. */
  public Path resolve(String relative) {
    return dir.resolve(relative);
  }

  /**
   * The agent a case names, read on first use. Its id is its place in the corpus: the engine then
   * parses each agent file once, and every case still runs in a run of its own.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public AgentSource agent(String relative) {
    return agents.computeIfAbsent(relative, this::load);
  }

  private AgentSource load(String relative) {
    Path file = resolve(relative).toAbsolutePath().normalize();
    try {
      return new AgentSource(
          file.toString(),
          file.getFileName().toString(),
          Files.readString(file, StandardCharsets.UTF_8),
          Files.getLastModifiedTime(file).toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
