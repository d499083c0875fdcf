package sre.kernel.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import sre.api.llm.ModelInfo;

class ModelRegistryTest {
  final ModelRegistry registry = new ModelRegistry();

  @Test
  void builtInsAreFoundCaseInsensitively() {
    assertThat(registry.model("GPT-4o-mini"))
        .get()
        .extracting(ModelInfo::provider)
        .isEqualTo("OpenAI");
    assertThat(registry.model("Echo")).isPresent();
    assertThat(registry.models()).extracting(ModelInfo::name).isSorted();
  }

  @Test
  void customEntriesOverrideHideAndAdd() {
    CustomModel groq =
        new CustomModel(
            new ModelInfo(
                "my-llama",
                "llama-3.3-70b",
                "Groq",
                8192,
                4096,
                Set.of("text"),
                0.1,
                0.2,
                "",
                "",
                true),
            true);
    CustomModel hideGpt4o =
        new CustomModel(
            new ModelInfo("gpt-4o", "", "OpenAI", 0, 0, Set.of(), 0, 0, "", "", true), false);
    registry.addCustom(groq);
    registry.addCustom(hideGpt4o);

    assertThat(registry.model("my-llama"))
        .get()
        .extracting(ModelInfo::modelId)
        .isEqualTo("llama-3.3-70b");
    assertThat(registry.model("gpt-4o")).isEmpty();

    registry.removeCustom(hideGpt4o);
    assertThat(registry.model("gpt-4o")).isPresent();
  }
}
