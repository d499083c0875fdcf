package sre.connector.lc4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Future;

/**
 * The HTTP exchange of one call, so that cancelling the call really stops it: the pending request
 * is cancelled (the JDK client then resets the stream/connection) and a streaming body is closed.
 */
public final class Exchange {
  private volatile boolean aborted;
  private volatile Future<?> request;
  private volatile InputStream body;

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
    aborted = true;
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
