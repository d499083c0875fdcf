package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.result;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.component.RunContext;
import sre.api.llm.GeneratedImage;
import sre.api.llm.GeneratedImages;
import sre.api.llm.ImageRequest;
import sre.api.llm.Llm;
import sre.api.llm.LlmProviderException;
import sre.api.llm.TokenUsage;
import sre.api.llm.UnknownModelException;
import sre.api.security.AccessCandidate;
import sre.api.storage.Storage;

class ImageGeneratorComponentTest {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 7, 7};

  private final Map<String, byte[]> files = TestServices.files();
  private final ImageGeneratorComponent component =
      new ImageGeneratorComponent(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024);
  private LocalHttpServer imageHost;

  @AfterEach
  void stop() {
    if (imageHost != null) {
      imageHost.close();
    }
  }

  private RunContext run(Llm llm) {
    return TestCalls.run(
        new AgentRequest(
            "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
        Map.of(),
        Map.of(Llm.class, llm, Storage.class, TestServices.storage(files)));
  }

  private static ImageLlm answering(GeneratedImage... images) {
    return new ImageLlm(
        CompletableFuture.completedFuture(new GeneratedImages(List.of(images), TokenUsage.NONE)));
  }

  @Test
  void templatedPromptAndSettingsReachTheServiceAndTheImageBecomesASmythFile() {
    ImageLlm llm = answering(new GeneratedImage(PNG, null, "image/png", null));

    Map<String, Object> out =
        result(
            component.process(
                TestCalls.call(
                    Map.of(
                        "model", "gpt-image-1",
                        "prompt", "a {{Animal}} in the snow",
                        "size", "1024x1536",
                        "quality", "high",
                        "negativePrompt", "people",
                        "personGeneration", ""),
                    Map.of("Animal", "red fox"),
                    run(llm),
                    "Animal")));

    ImageRequest sent = llm.requests.get(0);
    assertThat(sent.model()).isEqualTo("gpt-image-1");
    assertThat(sent.prompt()).isEqualTo("a red fox in the snow");
    assertThat(sent.count()).isEqualTo(1);
    assertThat(sent.options())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                ImageRequest.SIZE, "1024x1536",
                ImageRequest.QUALITY, "high",
                ImageRequest.NEGATIVE_PROMPT, "people"));
    assertThat(llm.candidates).containsExactly(AccessCandidate.agent("agent-1"));
    @SuppressWarnings("unchecked")
    Map<String, Object> file = (Map<String, Object>) out.get("Output");
    assertThat(file.get("mimetype")).isEqualTo("image/png");
    assertThat(file.get("size")).isEqualTo((long) PNG.length);
    assertThat(String.valueOf(file.get("url")))
        .startsWith("smythfs://default.team/agent-1/_temp/")
        .endsWith(".png");
    assertThat(files.values()).containsExactly(PNG);
  }

  @Test
  void thePromptInputIsUsedWhenNoPromptIsConfigured() {
    ImageLlm llm = answering(new GeneratedImage(PNG, null, "image/png", null));

    result(
        component.process(
            TestCalls.call(
                Map.of("model", "dall-e-3"), Map.of("Prompt", "a lighthouse"), run(llm))));

    assertThat(llm.requests.get(0).prompt()).isEqualTo("a lighthouse");
  }

  @Test
  void anImageAnsweredAsALinkIsFetchedAndKept() throws Exception {
    imageHost = new LocalHttpServer().respond(200, "image/png", PNG);
    ImageLlm llm =
        answering(new GeneratedImage(null, imageHost.url("/img/1.png"), "image/png", "revised"));

    Map<String, Object> out =
        result(
            component.process(
                TestCalls.call(Map.of("model", "dall-e-3", "prompt", "x"), Map.of(), run(llm))));

    assertThat(imageHost.last().method()).isEqualTo("GET");
    assertThat(imageHost.last().path()).isEqualTo("/img/1.png");
    assertThat(out).containsOnlyKeys("Output");
    assertThat(files.values()).containsExactly(PNG);
  }

  @Test
  void aLinkThatFailsOrIsTooLargeIsAnError() throws Exception {
    imageHost = new LocalHttpServer().respond(404, "text/plain", "gone");
    ImageLlm llm = answering(new GeneratedImage(null, imageHost.url("/img/1.png"), null, null));

    Map<String, Object> missing =
        result(
            component.process(
                TestCalls.call(Map.of("model", "dall-e-3", "prompt", "x"), Map.of(), run(llm))));
    imageHost.respond(200, "image/png", new byte[2048]);
    Map<String, Object> tooLarge =
        result(
            component.process(
                TestCalls.call(Map.of("model", "dall-e-3", "prompt", "x"), Map.of(), run(llm))));

    assertThat(missing)
        .containsExactly(Map.entry("_error", "Could not fetch the generated image: HTTP 404"));
    assertThat(tooLarge)
        .containsExactly(Map.entry("_error", "The generated image is larger than 1024 bytes"));
    assertThat(files).isEmpty();
  }

  @Test
  void severalImagesGiveAList() {
    ImageLlm llm =
        answering(
            new GeneratedImage(PNG, null, "image/png", null),
            new GeneratedImage(new byte[] {1}, null, "image/webp", null));

    Map<String, Object> out =
        result(
            component.process(
                TestCalls.call(Map.of("model", "gpt-image-1", "prompt", "x"), Map.of(), run(llm))));

    assertThat(out.get("Output")).asList().hasSize(2);
    assertThat(files).hasSize(2);
  }

  @Test
  void serviceFailuresBecomeSresErrors() {
    ImageLlm unknown = new ImageLlm(CompletableFuture.failedFuture(new UnknownModelException("x")));
    ImageLlm refused =
        new ImageLlm(
            CompletableFuture.failedFuture(
                new LlmProviderException(
                    LlmProviderException.Kind.UNSUPPORTED,
                    "Model 'Echo' does not generate images")));

    assertThat(
            result(
                component.process(
                    TestCalls.call(
                        Map.of("model", "nope", "prompt", "x"), Map.of(), run(unknown)))))
        .containsExactly(
            Map.entry("_error", "The model 'nope' is not available. Please try a different one."));
    assertThat(
            result(
                component.process(
                    TestCalls.call(
                        Map.of("model", "Echo", "prompt", "x"), Map.of(), run(refused)))))
        .containsExactly(Map.entry("_error", "Model 'Echo' does not generate images"));
  }

  @Test
  void missingModelOrPromptIsAnError() {
    ImageLlm llm = answering(new GeneratedImage(PNG, null, null, null));

    assertThat(result(component.process(TestCalls.call(Map.of(), Map.of(), run(llm)))))
        .containsExactly(Map.entry("_error", "ImageGenerator: no model configured"));
    assertThat(
            result(
                component.process(TestCalls.call(Map.of("model", "dall-e-3"), Map.of(), run(llm)))))
        .containsExactly(Map.entry("_error", "ImageGenerator: the prompt is empty"));
    assertThat(llm.requests).isEmpty();
  }
}
