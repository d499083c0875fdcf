package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The input mapping of SRE's {@code hugging-face.params.json}: per task, which component input
 * becomes which request field, and whether the fields are nested under {@code inputs} (SRE's {@code
 * shouldNestInputs} on the task's {@code formatRequest}).
 */
final class HuggingFaceTasks {
  /** One task: component input name → request field name. */
  record Task(Map<String, String> fields, boolean nested) {}

  /**
   * How a task with files talks to the Inference API (its documented wire formats): the file as the
   * raw request body; the file base64-encoded as {@code inputs}; an image and a question under
   * {@code inputs}; or text in, a file (image, sound) out.
   */
  enum FileShape {
    RAW_FILE,
    BASE64_INPUTS,
    IMAGE_AND_QUESTION,
    TEXT_TO_FILE
  }

  private static final Map<String, FileShape> FILES =
      Map.ofEntries(
          Map.entry("image-classification", FileShape.RAW_FILE),
          Map.entry("object-detection", FileShape.RAW_FILE),
          Map.entry("image-segmentation", FileShape.RAW_FILE),
          Map.entry("image-to-text", FileShape.RAW_FILE),
          Map.entry("automatic-speech-recognition", FileShape.RAW_FILE),
          Map.entry("audio-classification", FileShape.RAW_FILE),
          Map.entry("audio-to-audio", FileShape.RAW_FILE),
          Map.entry("zero-shot-image-classification", FileShape.BASE64_INPUTS),
          Map.entry("image-to-image", FileShape.BASE64_INPUTS),
          Map.entry("visual-question-answering", FileShape.IMAGE_AND_QUESTION),
          Map.entry("document-question-answering", FileShape.IMAGE_AND_QUESTION),
          Map.entry("text-to-image", FileShape.TEXT_TO_FILE),
          Map.entry("text-to-speech", FileShape.TEXT_TO_FILE));

  private static final Map<String, Task> TEXT = textTasks();

  private HuggingFaceTasks() {}

  /** How the file task named {@code task} is sent, or null when it is not one. */
  static FileShape file(String task) {
    return FILES.get(task);
  }

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
