package sre.connector.local.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * What a file looked like at one stat: modification time, size and file key (inode where the OS has
 * one). Comparing stamps is how the local connectors notice a changed file without a watcher
 * thread: one {@code stat} per access costs microseconds, and the file key also catches editors
 * that replace the file atomically within one timestamp tick.
 */
record FileStamp(FileTime modified, long size, Object fileKey) {

  /** The stamp of a file that does not exist. */
  static final FileStamp MISSING = new FileStamp(FileTime.fromMillis(0), -1, null);

  /** The file's current stamp, {@link #MISSING} when it does not exist. */
  static FileStamp of(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new FileStamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
    } catch (NoSuchFileException e) {
      return MISSING;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the attributes of " + file, e);
    }
  }

  boolean missing() {
    return size < 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FileStamp stamp
        && size == stamp.size
        && modified.equals(stamp.modified)
        && Objects.equals(fileKey, stamp.fileKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(modified, size, fileKey);
  }
}
