package sre.connector.lc4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Future;

/**
 * The HTTP exchange of one call, so that cancelling the call really stops it: the pending request
 * is cancelled (the JDK client then resets the stream/connection), a thread blocked in a
 * synchronous send is interrupted (the JDK client then cancels that exchange) and a streaming body
 * is closed.
 */
public final class Exchange {
  private volatile boolean aborted;
  private volatile Future<?> request;
  private volatile InputStream body;
  private Thread sender; // guarded by this

  /**
   * {@code thread} is about to block in a synchronous send for this exchange; until {@link #sent}
   * an abort interrupts it.
   *
   * @throws java.util.concurrent.CancellationException when the exchange is already aborted
   */
  public synchronized void sending(Thread thread) {
    if (aborted) {
      throw new java.util.concurrent.CancellationException("cancelled");
    }
    sender = thread;
  }

  /**
   * The synchronous send is over; an interrupt an abort raced in is cleared, so that it cannot hit
   * whatever the thread runs next.
   */
  public synchronized void sent() {
    if (sender == Thread.currentThread() && aborted) {
      Thread.interrupted();
    }
    sender = null;
  }

  public void started(Future<?> pending) {
    request = pending;
    if (aborted) {
      pending.cancel(true);
    }
  }

  public void streaming(InputStream in) {
    body = in;
    if (aborted) {
      close(in);
    }
  }

  public void abort() {
    synchronized (this) {
      aborted = true;
      if (sender != null) {
        sender.interrupt();
      }
    }
    Future<?> r = request;
    if (r != null) {
      r.cancel(true);
    }
    InputStream in = body;
    if (in != null) {
      close(in);
    }
  }

  public boolean aborted() {
    return aborted;
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Closing is how we abort; a failure to close leaves nothing further to do.
    }
  }
}
