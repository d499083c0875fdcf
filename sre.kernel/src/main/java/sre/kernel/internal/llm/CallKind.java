package sre.kernel.internal.llm;

import sre.api.llm.ModelInfo;

/**
 * What an LLM call asks of a model: its name in the usage ledger, and the model feature it needs
 * (checked before any provider is called), with what the caller is told when the model lacks it.
 */
enum CallKind {
  CHAT("chat", null, null),
  STREAM("stream", null, null),
  EMBED("embed", null, null),
  IMAGE("image", "image-generation", "does not generate images");

  final String ledgerName;
  private final String feature;
  private final String lacking;

  CallKind(String ledgerName, String feature, String lacking) {
    this.ledgerName = ledgerName;
    this.feature = feature;
    this.lacking = lacking;
  }

  /** A model entry without a feature list (a bare custom model) is taken at its word. */
  boolean servedBy(ModelInfo model) {
    return feature == null || model.features().isEmpty() || model.features().contains(feature);
  }

  String refusal(String model) {
    return "Model '" + model + "' " + lacking;
  }
}
