package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.call;
import static sre.components.internal.TestCalls.result;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.component.RunContext;
import sre.api.component.support.BinaryValue;
import sre.api.llm.Llm;
import sre.api.llm.LlmAttachment;
import sre.api.llm.LlmMessage;
import sre.api.security.AccessCandidate;
import sre.api.storage.Storage;

class FileLlmComponentsTest {
  private final RecordingLlm llm = new RecordingLlm("{\"seen\": true}");
  private final Map<String, byte[]> files = TestServices.files();
  private final RunContext run =
      TestCalls.run(
          new AgentRequest(
              "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
          Map.of(),
          Map.of(Llm.class, llm, Storage.class, TestServices.storage(files)));

  @Test
  void visionAttachesImagesAndParsesTheReply() {
    BinaryValue img = new BinaryValue(new byte[] {1, 2}, "image/png", "a.png", null);
    files.put("agents/agent-1/b.jpg", new byte[] {3});
    Object images =
        List.of(
            img,
            Map.of("url", "smythfs://agent-1.agent/b.jpg", "mimetype", "image/jpeg"),
            "https://example.com/c.gif");
    Map<String, Object> out =
        result(
            new VisionLlmComponent()
                .process(
                    call(
                        Map.of("model", "gpt-x", "prompt", "What is {{q}}?"),
                        Map.of("Images", images, "q", "this"),
                        run)));
    assertThat(out).isEqualTo(Map.of("Reply", Map.of("seen", true)));
    LlmMessage sent = llm.requests.get(0).messages().get(0);
    assertThat(llm.requests.get(0).model()).isEqualTo("gpt-x");
    assertThat(sent.content()).isEqualTo("What is this?");
    assertThat(sent.attachments())
        .containsExactly(
            LlmAttachment.data("image/png", "AQI="),
            LlmAttachment.data("image/jpeg", "Aw=="),
            LlmAttachment.url("application/octet-stream", "https://example.com/c.gif"));
  }

  @Test
  void multimodalDefaultsItsModelAndReportsUnknownModels() {
    result(new MultimodalLlmComponent().process(call(Map.of("prompt", "Describe"), Map.of(), run)));
    assertThat(llm.requests.get(0).model()).isEqualTo("gpt-4o-mini");
    assertThat(llm.requests.get(0).messages().get(0).attachments()).isEmpty();
    RunContext noLlm =
        TestCalls.run(
            new AgentRequest(
                "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of());
    assertThat(
            result(
                new MultimodalLlmComponent().process(call(Map.of("model", "m1"), Map.of(), noLlm))))
        .containsEntry("_error", "The model 'm1' is not available. Please try a different one.");
  }
}
