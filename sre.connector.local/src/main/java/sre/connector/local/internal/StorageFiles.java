package sre.connector.local.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import sre.api.storage.StoredObject;

/**
 * SRE's LocalStorage layout, synchronously: bytes at {@code <folder>/local/<id>}, metadata JSON at
 * {@code <folder>/.local.metadata/<id>}. Every file is written to {@code <folder>/.local.tmp} first
 * and moved into place, so a reader never sees half a file. Metadata is written before data and
 * deleted after it: the data file's presence is what makes an object exist.
 */
final class StorageFiles {

  private final Path data;
  private final Path metadata;
  private final Path temp;
  private final MetadataJson json = new MetadataJson();
  private final StripedLocks locks = new StripedLocks(64);

  StorageFiles(Path folder) {
    this.data = folder.resolve("local");
    this.metadata = folder.resolve(".local.metadata");
    this.temp = folder.resolve(".local.tmp");
  }

  Optional<StoredObject> read(String id) throws IOException {
    Path file = ResourceIds.resolve(data, id);
    Lock lock = locks.of(id).readLock();
    lock.lock();
    try {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
      return Optional.of(new StoredObject(bytes, readMetadata(id)));
    } finally {
      lock.unlock();
    }
  }

  void write(String id, byte[] bytes, Map<String, String> meta) throws IOException {
    Path file = ResourceIds.resolve(data, id);
    Path metaFile = ResourceIds.resolve(metadata, id);
    byte[] metaBytes = json.write(meta);
    Lock lock = locks.of(id).writeLock();
    lock.lock();
    try {
      writeAtomically(metaFile, metaBytes);
      writeAtomically(file, bytes);
    } finally {
      lock.unlock();
    }
  }

  void delete(String id) throws IOException {
    Path file = ResourceIds.resolve(data, id);
    Path metaFile = ResourceIds.resolve(metadata, id);
    Lock lock = locks.of(id).writeLock();
    lock.lock();
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(metaFile);
    } finally {
      lock.unlock();
    }
  }

  boolean exists(String id) {
    return Files.isRegularFile(ResourceIds.resolve(data, id));
  }

  Optional<Map<String, String>> metadata(String id) throws IOException {
    Path file = ResourceIds.resolve(data, id);
    Lock lock = locks.of(id).readLock();
    lock.lock();
    try {
      return Files.isRegularFile(file) ? Optional.of(readMetadata(id)) : Optional.empty();
    } finally {
      lock.unlock();
    }
  }

  void setMetadata(String id, Map<String, String> meta) throws IOException {
    Path file = ResourceIds.resolve(data, id);
    Path metaFile = ResourceIds.resolve(metadata, id);
    byte[] metaBytes = json.write(meta);
    Lock lock = locks.of(id).writeLock();
    lock.lock();
    try {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchElementException("No stored object '" + id + "'");
      }
      writeAtomically(metaFile, metaBytes);
    } finally {
      lock.unlock();
    }
  }

  /** Ids under {@code prefix}, sorted; only the folder the prefix points into is walked. */
  List<String> list(String prefix) throws IOException {
    Path start = ResourceIds.folderOf(data, prefix);
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(start)) {
      return files
          .filter(Files::isRegularFile)
          .map(this::idOf)
          .filter(id -> id.startsWith(prefix))
          .sorted()
          .collect(Collectors.toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private String idOf(Path file) {
    return StreamSupport.stream(data.relativize(file).spliterator(), false)
        .map(Path::toString)
        .collect(Collectors.joining("/"));
  }

  private Map<String, String> readMetadata(String id) throws IOException {
    try {
      return json.read(Files.readAllBytes(ResourceIds.resolve(metadata, id)));
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException e) {
      throw new IOException("Unreadable metadata of stored object '" + id + "'", e);
    }
  }

  private void writeAtomically(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(temp);
    Files.createDirectories(target.getParent());
    Path staged = temp.resolve(UUID.randomUUID() + ".tmp");
    try {
      Files.write(staged, bytes);
      try {
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(staged);
    }
  }
}
