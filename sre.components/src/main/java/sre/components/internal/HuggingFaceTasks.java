package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The input mapping of SRE's {@code hugging-face.params.json}: per task, which component input
 * becomes which request field, and whether the fields are nested under {@code inputs} (SRE's {@code
 * shouldNestInputs} on the task's {@code formatRequest}).
 */
final class HuggingFaceTasks {
  /** One task: component input name → request field name. */
  record Task(Map<String, String> fields, boolean nested) {}

  /** Tasks whose inputs or answers are files (Blob); not supported here yet. */
  static final Set<String> BINARY =
      Set.of(
          "document-question-answering",
          "visual-question-answering",
          "text-to-image",
          "image-to-text",
          "image-classification",
          "object-detection",
          "image-segmentation",
          "zero-shot-image-classification",
          "image-to-image",
          "text-to-speech",
          "automatic-speech-recognition",
          "audio-to-audio",
          "audio-classification");

  private static final Map<String, Task> TEXT = textTasks();

  private HuggingFaceTasks() {}

  /** The text task named {@code task}, or null. */
  static Task text(String task) {
    return TEXT.get(task);
  }

  private static Map<String, Task> textTasks() {
    Map<String, Task> tasks = new LinkedHashMap<>();
    Task text = new Task(Map.of("Text", "inputs"), false);
    for (String name :
        new String[] {
          "text-classification",
          "token-classification",
          "zero-shot-classification",
          "translation",
          "summarization",
          "text-generation",
          "text2text-generation",
          "fill-mask",
          "feature-extraction"
        }) {
      tasks.put(name, text);
    }
    tasks.put(
        "table-question-answering", new Task(Map.of("Query", "query", "Table", "table"), true));
    tasks.put(
        "question-answering", new Task(Map.of("Question", "question", "Context", "context"), true));
    tasks.put(
        "sentence-similarity",
        new Task(Map.of("Source_sentence", "source_sentence", "Sentences", "sentences"), true));
    tasks.put(
        "conversational",
        new Task(
            Map.of(
                "Text", "text",
                "Generated_responses", "generated_responses",
                "Past_user_inputs", "past_user_inputs"),
            false));
    return Map.copyOf(tasks);
  }
}
