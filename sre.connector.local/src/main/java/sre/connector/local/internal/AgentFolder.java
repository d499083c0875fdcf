package sre.connector.local.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import sre.api.agent.AgentSource;

/**
 * The {@code .smyth} files directly in one folder, indexed by file. Each {@link #agents()} call
 * lists the folder and stats every file (cheap for a folder of agents); only files whose {@link
 * FileStamp} changed are read again. Jackson reads just the {@code id}; the JSON text is handed on
 * as it is (minus a byte-order mark).
 */
final class AgentFolder {

  private record Indexed(FileStamp stamp, AgentSource source) {}

  private final Path folder;
  private final Logger logger;
  private final ObjectMapper mapper = new ObjectMapper();
  private Map<Path, Indexed> index = Map.of();
  private boolean reportedMissing;

  AgentFolder(Path folder, Logger logger) {
    this.folder = folder;
    this.logger = logger;
  }

  /** Every agent, sorted by file name, re-read where files changed. */
  synchronized List<AgentSource> agents() {
    Map<Path, Indexed> next = new HashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + AgentIds.EXTENSION)) {
      reportedMissing = false;
      for (Path file : files) {
        if (!file.getFileName().toString().startsWith(".") && Files.isRegularFile(file)) {
          FileStamp stamp = FileStamp.of(file);
          Indexed known = index.get(file);
          next.put(file, known != null && known.stamp().equals(stamp) ? known : read(file, stamp));
        }
      }
    } catch (NoSuchFileException e) {
      if (!reportedMissing) {
        logger.info("No agents folder at {}; no agents", folder);
        reportedMissing = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the agents folder " + folder, e);
    }
    index = next;
    return next.values().stream()
        .map(Indexed::source)
        .sorted(Comparator.comparing(AgentSource::name))
        .toList();
  }

  private Indexed read(Path file, FileStamp stamp) {
    String name = file.getFileName().toString();
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read agent file " + file, e);
    }
    if (json.startsWith("\uFEFF")) {
      json = json.substring(1);
    }
    String id = idOf(file, json);
    return new Indexed(stamp, new AgentSource(id, name, json, stamp.modified().toInstant()));
  }

  private String idOf(Path file, String json) {
    String fallback = AgentIds.fromFileName(file.getFileName().toString());
    try {
      JsonNode id = mapper.readTree(json).path("id");
      if (id.isValueNode() && !id.isNull() && !id.asText().isBlank()) {
        return id.asText();
      }
      logger.debug("Agent file {} has no id; using {}", file, fallback);
    } catch (JsonProcessingException e) {
      logger.warn(
          "Agent file {} is not valid JSON ({}); listed as {}",
          file,
          JsonProblem.describe(e),
          fallback);
    }
    return fallback;
  }
}
