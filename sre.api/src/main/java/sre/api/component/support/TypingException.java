package sre.api.component.support;

/** A value that does not fit its declared type; the message is SRE's error text. */
public final class TypingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TypingException(String message) {
    super(message, null, false, false);
  }
}
