package sre.router.internal;

import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;

/**
 * The container's own end of an async request: on its timeout (a stage that never completed) or an
 * I/O error (client gone) the response is abandoned and the async context completed, so the
 * connection is released even when no answer will ever come.
 */
final class AbandonOnTimeout implements AsyncListener {
  private final ResponseChannel channel;

  AbandonOnTimeout(ResponseChannel channel) {
    this.channel = channel;
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    abandon(event);
  }

  @Override
  public void onError(AsyncEvent event) {
    abandon(event);
  }

  @Override
  public void onComplete(AsyncEvent event) {
    channel.abandon();
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // not re-dispatched: nothing to register again
  }

  private void abandon(AsyncEvent event) {
    channel.abandon();
    try {
      event.getAsyncContext().complete();
    } catch (IllegalStateException alreadyCompleted) {
      // completed by the channel in the meantime
    }
  }
}
