package sre.components.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.component.ComponentCall;
import sre.api.component.InputDefinition;
import sre.api.llm.LlmAttachment;

/**
 * The files a component's media inputs carry (inputs typed Image, Audio, Video or Binary, or marked
 * as files), as LLM attachments in declaration order.
 */
final class MediaInputs {
  private static final Set<String> MEDIA = Set.of("image", "audio", "video", "binary");

  private MediaInputs() {}

  static CompletionStage<List<LlmAttachment>> attachments(ComponentCall call) {
    List<CompletableFuture<List<LlmAttachment>>> parts = new ArrayList<>();
    for (InputDefinition def : call.declaredInputs()) {
      Object value = call.inputs().get(def.name());
      if (value != null && (def.file() || MEDIA.contains(def.type().toLowerCase(Locale.ROOT)))) {
        parts.add(LlmAttachments.of(call.run(), value, def.name()).toCompletableFuture());
      }
    }
    return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
        .thenApply(
            v -> {
              List<LlmAttachment> all = new ArrayList<>();
              parts.forEach(p -> all.addAll(p.join()));
              return all;
            });
  }
}
