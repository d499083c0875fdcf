package sre.router.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import javax.servlet.AsyncContext;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;

/**
 * Non-blocking output of one async response (servlet 3.1 {@link WriteListener}): chunks are queued
 * by whichever thread produces them (a run's events arrive on the engine's threads) and written
 * only while the stream {@link ServletOutputStream#isReady() is ready}, so a slow client never
 * blocks a producer. After {@link #finish()} the queue is drained, flushed and the async context
 * completed.
 */
final class ResponseChannel implements WriteListener {
  private final AsyncContext async;
  private final ServletOutputStream out;
  private final Queue<byte[]> queue = new ArrayDeque<>();
  private boolean needsFlush;
  private boolean finishing;
  private boolean closed;

  ResponseChannel(AsyncContext async) throws IOException {
    this.async = async;
    this.out = async.getResponse().getOutputStream();
    out.setWriteListener(this);
  }

  /** Queues a chunk; dropped when the client is gone or the response is finished. */
  synchronized void write(byte[] chunk) {
    if (closed || finishing) {
      return;
    }
    queue.add(chunk);
    drain();
  }

  /** Ends the response once everything queued is written. */
  synchronized void finish() {
    if (closed || finishing) {
      return;
    }
    finishing = true;
    drain();
  }

  synchronized boolean isOpen() {
    return !closed && !finishing;
  }

  @Override
  public synchronized void onWritePossible() {
    drain();
  }

  @Override
  public synchronized void onError(Throwable t) {
    close();
  }

  /** The client went away or the container timed out: stop writing. */
  synchronized void abandon() {
    queue.clear();
    closed = true;
  }

  private void drain() {
    try {
      while (!closed && out.isReady()) {
        byte[] next = queue.poll();
        if (next != null) {
          out.write(next);
          needsFlush = true;
        } else if (needsFlush) {
          // Jetty aggregates small writes: flush so each SSE event reaches the client now
          needsFlush = false;
          out.flush();
        } else {
          if (finishing) {
            close();
          }
          return;
        }
      }
    } catch (IOException | IllegalStateException e) {
      // the client disconnected mid-write; nothing left to tell it
      close();
    }
  }

  private void close() {
    if (closed) {
      return;
    }
    closed = true;
    queue.clear();
    try {
      async.complete();
    } catch (IllegalStateException alreadyCompleted) {
      // the container completed it first (timeout or error)
    }
  }
}
