package sre.cli.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import sre.api.agent.AgentSource;

/** Reads a {@code .smyth} file named on the command line into an {@link AgentSource}. */
final class AgentFiles {
  private AgentFiles() {}

  /**
   * The file as an agent source. Its id is the absolute path: the engine caches parsed graphs per
   * id and modification time, so a file edited between two runs is parsed again.
   */
  static AgentSource read(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      String json = Files.readString(absolute, StandardCharsets.UTF_8);
      if (json.startsWith("\uFEFF")) {
        json = json.substring(1); // editors on Windows write a byte-order mark; JSON has none
      }
      return new AgentSource(
          absolute.toString(),
          absolute.getFileName().toString(),
          json,
          Files.getLastModifiedTime(absolute).toInstant());
    } catch (NoSuchFileException e) {
      throw CommandFailure.failed("no such agent file: " + file);
    } catch (CharacterCodingException e) {
      throw CommandFailure.failed(file + " is not UTF-8 text");
    } catch (IOException e) {
      throw CommandFailure.failed("cannot read " + file + ": " + e);
    }
  }
}
