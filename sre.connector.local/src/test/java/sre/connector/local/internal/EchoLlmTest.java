package sre.connector.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static sre.connector.tck.Stages.join;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.api.llm.TokenUsage;

class EchoLlmTest {

  private final EchoLlm echo = new EchoLlm();

  @Test
  void servesTheEchoModel() {
    assertThat(echo.models()).containsExactly("Echo");
  }

  @Test
  void chatEchoesTheFirstMessage() {
    LlmResponse response =
        join(
            echo.chat(
                LlmRequest.of(
                    "Echo", LlmMessage.system("You are helpful"), LlmMessage.user("Hello there"))));

    assertThat(response.content()).isEqualTo("You are helpful");
    assertThat(response.finishReason()).isEqualTo("stop");
    assertThat(response.usage()).isEqualTo(TokenUsage.NONE);
  }

  @Test
  void chatWithoutMessagesAnswersEmpty() {
    assertThat(join(echo.chat(LlmRequest.of("Echo"))).content()).isEmpty();
  }

  @Test
  void streamEchoesTheLastUserMessageWordByWord() {
    List<String> tokens = new ArrayList<>();
    LlmResponse response =
        join(
            echo.chatStream(
                LlmRequest.of(
                    "Echo",
                    LlmMessage.system("system text"),
                    LlmMessage.user("first question"),
                    LlmMessage.assistant("an answer"),
                    LlmMessage.user("the  last {\"q\": 1} question")),
                tokens::add));

    assertThat(tokens).containsExactly("the ", " ", "last ", "{\"q\": ", "1} ", "question");
    assertThat(String.join("", tokens)).isEqualTo("the  last {\"q\": 1} question");
    assertThat(response.content()).isEqualTo("the  last {\"q\": 1} question");
    assertThat(response.finishReason()).isEqualTo("stop");
    assertThat(response.usage()).isEqualTo(TokenUsage.NONE);
  }

  @Test
  void streamWithoutUserMessageSendsNothing() {
    List<String> tokens = new ArrayList<>();
    LlmResponse response =
        join(echo.chatStream(LlmRequest.of("Echo", LlmMessage.system("only system")), tokens::add));

    assertThat(tokens).isEmpty();
    assertThat(response.content()).isEmpty();
  }

  @Test
  void sameTextSameVectorEvenAcrossInstances() {
    List<float[]> first = join(echo.embed("Echo", List.of("hello world")));
    List<float[]> second = join(new EchoLlm().embed("Echo", List.of("hello world")));

    assertThat(first.get(0)).containsExactly(second.get(0));
  }

  @Test
  void vectorsHaveFixedDimensionAndUnitLength() {
    for (float[] vector : join(echo.embed("Echo", List.of("", "a", "some longer text here")))) {
      assertThat(vector).hasSize(EchoEmbeddings.DIMENSIONS);
      assertThat(RamVectorDb.cosine(vector, vector)).isCloseTo(1.0, within(1e-6));
      double norm = 0;
      for (float v : vector) {
        norm += v * v;
      }
      assertThat(norm).isCloseTo(1.0, within(1e-4));
    }
  }

  @Test
  void differentTextsGetDifferentVectorsEvenWithSharedPrefix() {
    List<float[]> vectors =
        join(echo.embed("Echo", List.of("hello", "hello world", "hello hello", "hello!")));

    for (int i = 0; i < vectors.size(); i++) {
      for (int j = i + 1; j < vectors.size(); j++) {
        assertThat(vectors.get(i)).as("%d vs %d", i, j).isNotEqualTo(vectors.get(j));
        assertThat(RamVectorDb.cosine(vectors.get(i), vectors.get(j))).isLessThan(0.9999);
      }
    }
  }

  @Test
  void similarTextsAreCloserThanUnrelatedOnes() {
    List<float[]> vectors =
        join(
            echo.embed(
                "Echo",
                List.of(
                    "the weather in Paris is sunny",
                    "sunny weather in Paris today",
                    "quarterly invoice totals by region")));

    double similar = RamVectorDb.cosine(vectors.get(0), vectors.get(1));
    double unrelated = RamVectorDb.cosine(vectors.get(0), vectors.get(2));
    assertThat(similar).isGreaterThan(unrelated + 0.2);
  }

  @Test
  void embedKeepsOrder() {
    List<float[]> together = join(echo.embed("Echo", List.of("a", "b")));

    assertThat(together.get(0)).containsExactly(join(echo.embed("Echo", List.of("a"))).get(0));
    assertThat(together.get(1)).containsExactly(join(echo.embed("Echo", List.of("b"))).get(0));
  }
}
