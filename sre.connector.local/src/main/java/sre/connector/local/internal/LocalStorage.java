package sre.connector.local.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.connector.ConnectorName;
import sre.api.storage.StorageConnector;
import sre.api.storage.StoredObject;

/**
 * SRE's {@code LocalStorage}: objects as files in SRE's layout (see {@link StorageFiles}), so they
 * survive restarts. File I/O runs on a small pool this component owns, never on the caller's
 * thread; deactivation lets queued writes finish before the pool stops.
 *
 * <p>SRE's {@code expire} (a no-op warning there) is not part of the SPI.
 */
@Component(service = StorageConnector.class, configurationPid = LocalStorage.PID)
@Designate(ocd = LocalStorageConfig.class)
@ConnectorName("LocalStorage")
public final class LocalStorage implements StorageConnector {

  static final String PID = "sre.connector.local.storage";

  /** How long deactivation waits for queued writes before giving up on them. */
  private static final long DRAIN_SECONDS = 10;

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final StorageFiles files;
  private final ExecutorService io;

  @Activate
  public LocalStorage(BundleContext context, LocalStorageConfig config) {
    this(SreHome.resolve(context, config.folder(), "storage"), config.ioThreads());
  }

  LocalStorage(Path folder, int ioThreads) {
    int threads = Math.max(1, ioThreads);
    this.files = new StorageFiles(folder);
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threadFactory());
    pool.allowCoreThreadTimeOut(true);
    this.io = pool;
    logger.info("LocalStorage in {}", folder);
  }

  @Deactivate
  void deactivate() throws InterruptedException {
    io.shutdown();
    if (!io.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
      List<Runnable> dropped = io.shutdownNow();
      logger.warn("LocalStorage stopped with {} file operations not done", dropped.size());
    }
  }

  @Override
  public CompletionStage<Optional<StoredObject>> read(String resourceId) {
    return onIo(() -> files.read(resourceId));
  }

  @Override
  public CompletionStage<Void> write(String resourceId, byte[] data, Map<String, String> metadata) {
    // Copied now: the caller may reuse its array before the pool gets to it.
    byte[] copy = data.clone();
    Map<String, String> meta = Map.copyOf(metadata);
    return onIo(
        () -> {
          files.write(resourceId, copy, meta);
          return null;
        });
  }

  @Override
  public CompletionStage<Void> delete(String resourceId) {
    return onIo(
        () -> {
          files.delete(resourceId);
          return null;
        });
  }

  @Override
  public CompletionStage<Boolean> exists(String resourceId) {
    return onIo(() -> files.exists(resourceId));
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> getMetadata(String resourceId) {
    return onIo(() -> files.metadata(resourceId));
  }

  @Override
  public CompletionStage<Void> setMetadata(String resourceId, Map<String, String> metadata) {
    Map<String, String> meta = Map.copyOf(metadata);
    return onIo(
        () -> {
          files.setMetadata(resourceId, meta);
          return null;
        });
  }

  @Override
  public CompletionStage<List<String>> list(String prefix) {
    return onIo(() -> files.list(prefix));
  }

  /** File work that may throw; its failure fails the stage. */
  private interface IoTask<T> {
    T run() throws Exception;
  }

  private <T> CompletionStage<T> onIo(IoTask<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      io.execute(
          () -> {
            try {
              result.complete(task.run());
            } catch (Exception | Error e) {
              result.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(new IllegalStateException("LocalStorage is stopped", e));
    }
    return result;
  }

  private static ThreadFactory threadFactory() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "sre-local-storage-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
