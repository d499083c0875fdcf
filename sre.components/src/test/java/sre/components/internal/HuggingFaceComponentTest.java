package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.call;
import static sre.components.internal.TestCalls.result;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.component.RunContext;
import sre.api.component.support.BinaryValue;
import sre.api.component.support.Json;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;

/** HuggingFace against a loopback Inference API. */
class HuggingFaceComponentTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private LocalHttpServer server;
  private RunContext run;
  private HuggingFaceComponent hf;

  @BeforeEach
  void start() throws Exception {
    server = new LocalHttpServer();
    run =
        TestCalls.run(
            new AgentRequest(
                "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of(),
            Map.of(Vault.class, TestServices.vault(Map.of("huggingface", "hf_secret"))));
    hf = new HuggingFaceComponent(server.url(""), TIMEOUT, TIMEOUT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Map<String, Object> config(String task, String parameters) {
    return Map.of(
        "accessToken",
        "{{KEY(huggingface)}}",
        "modelName",
        "org/model-1",
        "modelTask",
        task,
        "parameters",
        parameters,
        "disableCache",
        true);
  }

  @Test
  void textGenerationPostsInputsAndTypedParameters() {
    server.respond(200, "application/json", "[{\"generated_text\":\"Hello world\"}]");
    Map<String, Object> out =
        result(
            hf.process(
                call(
                    config(
                        "text-generation",
                        "{\"max_new_tokens\":\"20\",\"do_sample\":\"false\","
                            + "\"top_k\":\"None\",\"prefix\":\"{{Tone}}:\"}"),
                    Map.of("Text", "Hello", "Tone", "calm"),
                    run)));

    LocalHttpServer.Received got = server.last();
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.path()).isEqualTo("/models/org/model-1");
    assertThat(got.headers())
        .containsEntry("authorization", "Bearer hf_secret")
        .containsEntry("x-use-cache", "false")
        .containsEntry("content-type", "application/json");
    assertThat(got.text())
        .isEqualTo(
            "{\"inputs\":\"Hello\",\"parameters\":"
                + "{\"max_new_tokens\":20,\"do_sample\":false,\"prefix\":\"calm:\"}}");
    assertThat(out)
        .containsEntry("Output", List.of(Map.of("generated_text", "Hello world")))
        .doesNotContainKey("_error");
  }

  @Test
  void questionAnsweringNestsItsFieldsUnderInputs() {
    server.respond(200, "application/json", "{\"answer\":\"Paris\",\"score\":0.9}");
    Map<String, Object> out =
        result(
            hf.process(
                call(
                    config("question-answering", ""),
                    Map.of("Question", "Capital?", "Context", "Paris is the capital"),
                    run)));
    assertThat(server.last().text())
        .contains("\"inputs\":{")
        .contains("\"question\":\"Capital?\"")
        .contains("\"context\":\"Paris is the capital\"")
        .doesNotContain("parameters");
    assertThat(out).containsEntry("Output", Map.of("answer", "Paris", "score", 0.9));
  }

  @Test
  void httpErrorsCarryHuggingFacesMessageAfterRetries() {
    server.respond(503, "application/json", "{\"error\":\"Model org/model-1 is loading\"}");
    Map<String, Object> out =
        result(hf.process(call(config("summarization", ""), Map.of("Text", "long"), run)));
    assertThat(out)
        .containsEntry("_error", "Error from Hugging Face: \nModel org/model-1 is loading")
        .doesNotContainKey("Output");
    assertThat(server.count()).isEqualTo(3);
  }

  @Test
  void validationErrorsAsSre() {
    assertThat(
            result(hf.process(call(config("image-classification", ""), Map.of("Text", "x"), run))))
        .containsEntry(
            "_error",
            "Error from Hugging Face: \nHugging Face task Image Classification needs a file input");
    assertThat(result(hf.process(call(config("no-such-task", ""), Map.of("Text", "x"), run))))
        .containsEntry("_error", "Inference API does not support for this task - No Such Task");
    assertThat(result(hf.process(call(config("fill-mask", ""), Map.of(), run))))
        .containsEntry("_error", "Please provide a valid input!");
    RunContext noKeys =
        TestCalls.run(run.request(), Map.of(), Map.of(Vault.class, TestServices.vault(Map.of())));
    assertThat(result(hf.process(call(config("fill-mask", ""), Map.of("Text", "x"), noKeys))))
        .containsEntry("_error", "Please provide a valid Hugging Face Access Token");
    assertThat(server.count()).isZero();
  }

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 5, 6};

  private final Map<String, byte[]> files = TestServices.files();

  private RunContext runWithStorage() {
    return TestCalls.run(
        run.request(),
        Map.of(),
        Map.of(
            Vault.class,
            TestServices.vault(Map.of("huggingface", "hf_secret")),
            sre.api.storage.Storage.class,
            TestServices.storage(files)));
  }

  @Test
  void imageClassificationSendsTheFileAsTheRawBody() {
    server.respond(200, "application/json", "[{\"label\":\"fox\",\"score\":0.98}]");
    Map<String, Object> out =
        result(
            hf.process(
                call(
                    config("image-classification", ""),
                    Map.of("Image", new BinaryValue(PNG, "image/png", "fox.png", null)),
                    runWithStorage(),
                    "Image")));

    LocalHttpServer.Received got = server.last();
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.path()).isEqualTo("/models/org/model-1");
    assertThat(got.headers()).containsEntry("content-type", "image/png");
    assertThat(got.headers()).containsEntry("authorization", "Bearer hf_secret");
    assertThat(got.body()).containsExactly(PNG);
    assertThat(out).containsEntry("Output", List.of(Map.of("label", "fox", "score", 0.98)));
  }

  @Test
  void aWebImageIsFetchedBeforeItIsSent() throws Exception {
    try (LocalHttpServer images = new LocalHttpServer()) {
      images.respond(200, "image/png", PNG);
      server.respond(200, "application/json", "[{\"generated_text\":\"a fox\"}]");

      Map<String, Object> out =
          result(
              hf.process(
                  call(
                      config("image-to-text", ""),
                      Map.of("Image", images.url("/fox.png")),
                      runWithStorage(),
                      "Image")));

      assertThat(images.last().path()).isEqualTo("/fox.png");
      assertThat(server.last().body()).containsExactly(PNG);
      assertThat(server.last().headers()).containsEntry("content-type", "image/png");
      assertThat(out).containsEntry("Output", List.of(Map.of("generated_text", "a fox")));
    }
  }

  @Test
  void visualQuestionAnsweringSendsAStoredImageAndTheQuestion() {
    files.put("agents/agent-1/fox.png", PNG);
    server.respond(200, "application/json", "[{\"answer\":\"red\",\"score\":0.9}]");

    result(
        hf.process(
            call(
                config("visual-question-answering", "{\"top_k\":\"1\"}"),
                Map.of(
                    "Image",
                    Map.of("url", "smythfs://agent-1.agent/fox.png", "mimetype", "image/png"),
                    "Question",
                    "What colour is the fox?"),
                runWithStorage(),
                "Image",
                "Question")));

    Object body = Json.parse(server.last().text());
    assertThat(body)
        .isEqualTo(
            Map.of(
                "inputs",
                Map.of(
                    "image",
                    java.util.Base64.getEncoder().encodeToString(PNG),
                    "question",
                    "What colour is the fox?"),
                "parameters",
                Map.of("top_k", 1L)));
  }

  @Test
  void textToImageAnswersASmythFile() {
    server.respond(200, "image/png", PNG);

    Map<String, Object> out =
        result(
            hf.process(
                call(
                    config("text-to-image", ""),
                    Map.of("Text", "a fox in the snow"),
                    runWithStorage(),
                    "Text")));

    assertThat(Json.parse(server.last().text())).isEqualTo(Map.of("inputs", "a fox in the snow"));
    @SuppressWarnings("unchecked")
    Map<String, Object> file = (Map<String, Object>) out.get("Output");
    assertThat(file.get("mimetype")).isEqualTo("image/png");
    assertThat(String.valueOf(file.get("url"))).startsWith("smythfs://default.team/agent-1/_temp/");
    assertThat(files.values()).containsExactly(PNG);
  }
}
