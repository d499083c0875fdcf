package sre.connector.local.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * A JSON file read again whenever it changes, checked on access by its {@link FileStamp} (one
 * {@code stat}; no watcher thread to own, and a {@code WatchService} would watch the whole folder
 * and poll anyway on some platforms).
 *
 * <p>A missing file serves {@code whenMissing}. A malformed or invalid file is reported once per
 * version, naming the file and the problem's kind and position (never the content, which may be
 * secret), and the last good content stays served; with no good content yet, {@link #content()}
 * fails with that report.
 *
 * @param <T> the parsed, immutable content
 */
final class WatchedJsonFile<T> {

  /** Turns the JSON tree into content; throws {@link IllegalArgumentException} if invalid. */
  interface Parser<T> {
    T parse(JsonNode root);
  }

  private record State<T>(FileStamp stamp, T content, String problem) {}

  private final Path file;
  private final String kind;
  private final Parser<T> parser;
  private final T whenMissing;
  private final boolean warnWhenMissing;
  private final Logger logger;
  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private volatile State<T> state;

  /**
   * @param kind what the file is, for messages ("vault", "accounts")
   * @param warnWhenMissing whether a missing file deserves a WARN (else INFO)
   * @param logger the owning component's logger, so messages carry its name
   */
  WatchedJsonFile(
      Path file,
      String kind,
      Parser<T> parser,
      T whenMissing,
      boolean warnWhenMissing,
      Logger logger) {
    this.file = file;
    this.kind = kind;
    this.parser = parser;
    this.whenMissing = whenMissing;
    this.warnWhenMissing = warnWhenMissing;
    this.logger = logger;
  }

  Path file() {
    return file;
  }

  /**
   * Reads the file now, so that a missing or malformed file shows in the log when the component
   * starts rather than at its first use. Problems are logged, never thrown.
   */
  void preload() {
    try {
      content();
    } catch (IllegalStateException e) {
      // Already logged by load(), with the file and the problem.
    } catch (UncheckedIOException e) {
      logger.error("Cannot check the {} file {}: {}", kind, file, e.getCause().toString());
    }
  }

  /** The current content, re-read first if the file changed since the last call. */
  T content() {
    State<T> current = state;
    if (current == null || !current.stamp().equals(FileStamp.of(file))) {
      current = reload();
    }
    if (current.content() == null) {
      throw new IllegalStateException(current.problem());
    }
    return current.content();
  }

  private synchronized State<T> reload() {
    FileStamp stamp = FileStamp.of(file);
    State<T> previous = state;
    if (previous != null && previous.stamp().equals(stamp)) {
      return previous;
    }
    State<T> next = load(stamp, previous == null ? null : previous.content());
    state = next;
    return next;
  }

  private State<T> load(FileStamp stamp, T lastGood) {
    if (stamp.missing()) {
      if (warnWhenMissing) {
        logger.warn("No {} file at {}; serving an empty {}", kind, file, kind);
      } else {
        logger.info("No {} file at {}; using defaults", kind, file);
      }
      return new State<>(stamp, whenMissing, null);
    }
    String problem;
    try {
      byte[] bytes = Files.readAllBytes(file);
      T content = parser.parse(mapper.readTree(bytes));
      logger.info("Loaded {} file {}", kind, file);
      return new State<>(stamp, content, null);
    } catch (JsonProcessingException e) {
      problem = "Malformed " + kind + " file " + file + ": " + JsonProblem.describe(e);
    } catch (IllegalArgumentException e) {
      problem = "Invalid " + kind + " file " + file + ": " + e.getMessage();
    } catch (IOException | UncheckedIOException e) {
      problem = "Cannot read " + kind + " file " + file + ": " + e.getClass().getSimpleName();
    }
    if (lastGood == null) {
      logger.error("{}; nothing loaded yet, so calls fail until it is fixed", problem);
    } else {
      logger.error("{}; still serving its previous content", problem);
    }
    return new State<>(stamp, lastGood, problem);
  }
}
