package sre.components.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.component.RunContext;
import sre.api.component.support.Binaries;
import sre.api.component.support.BinaryValue;
import sre.api.llm.LlmAttachment;

/**
 * Binary inputs as LLM attachments: bytes as base64 data, web URLs passed through, {@code
 * smythfs://} files read from the Storage service (a provider cannot fetch them).
 */
final class LlmAttachments {
  private LlmAttachments() {}

  static CompletionStage<List<LlmAttachment>> of(RunContext run, Object value, String key) {
    List<CompletableFuture<LlmAttachment>> parts = new ArrayList<>();
    for (BinaryValue file : binaries(value, key)) {
      parts.add(one(run, file).toCompletableFuture());
    }
    return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
        .thenApply(
            done -> {
              List<LlmAttachment> out = new ArrayList<>();
              parts.forEach(p -> out.add(p.join()));
              return out;
            });
  }

  private static List<BinaryValue> binaries(Object value, String key) {
    List<BinaryValue> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object v : list) {
        out.addAll(binaries(v, key));
      }
      return out;
    }
    Object typed = value == null ? null : Binaries.fromValue(value, key);
    if (typed instanceof BinaryValue b) {
      out.add(b);
    } else if (typed instanceof List<?> list) {
      list.forEach(v -> out.addAll(binaries(v, key)));
    }
    return out;
  }

  private static CompletionStage<LlmAttachment> one(RunContext run, BinaryValue file) {
    String mime = file.mimetype().isEmpty() ? "application/octet-stream" : file.mimetype();
    if (file.data() != null) {
      return CompletableFuture.completedFuture(LlmAttachment.data(mime, file.base64()));
    }
    if (!file.url().startsWith("smythfs://")) {
      return CompletableFuture.completedFuture(LlmAttachment.url(mime, file.url()));
    }
    return FileInputs.stored(run, file.url(), file.name())
        .thenApply(
            bytes -> LlmAttachment.data(mime, java.util.Base64.getEncoder().encodeToString(bytes)));
  }
}
