package sre.api.llm;

/** No connector serves the requested model. */
public class UnknownModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownModelException(String model) {
    super("Model not found: " + model);
  }
}
