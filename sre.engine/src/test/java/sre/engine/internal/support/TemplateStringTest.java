package sre.engine.internal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.component.support.TemplateString;

class TemplateStringTest {
  @Test
  void fillsKeysAndPathsAndKeepsUnknowns() {
    Map<String, Object> data =
        Map.of("name", "Ada", "user", Map.of("tags", List.of("x", "y")), "n", 0L);
    assertThat(TemplateString.parse("Hi {{name}} {{user.tags[1]}} {{n}} {{nope}}", data))
        .isEqualTo("Hi Ada y 0 {{nope}}");
    assertThat(TemplateString.parse("{{user}}", data)).isEqualTo("{\"tags\":[\"x\",\"y\"]}");
  }

  @Test
  void escapesQuotesOnceLikeSre() {
    assertThat(TemplateString.parse("{{q}}", Map.of("q", "say \"hi\"")))
        .isEqualTo("say \\\"hi\\\"");
    assertThat(TemplateString.parse("{{q}}", Map.of("q", "pre \\\"esc\\\"")))
        .isEqualTo("pre \\\"esc\\\"");
  }

  @Test
  void expandsNestedPlaceholdersUpToFivePasses() {
    assertThat(TemplateString.parse("{{a}}", Map.of("a", "{{b}}", "b", "done"))).isEqualTo("done");
  }

  @Test
  void resolvesVaultKeys() {
    String out =
        TemplateString.resolveVaultKeys(
                "{{KEY(found)}}/{{KEY(missing)}}/{{KEY(broken)}}",
                key ->
                    switch (key) {
                      case "found" -> CompletableFuture.completedFuture(Optional.of("s3cret"));
                      case "missing" -> CompletableFuture.completedFuture(Optional.empty());
                      default ->
                          CompletableFuture.failedFuture(new IllegalStateException("denied"));
                    })
            .toCompletableFuture()
            .join();
    assertThat(out).isEqualTo("s3cret/{{KEY(missing)}}/broken");
  }

  @Test
  void javascriptNumbersAndStrings() {
    assertThat(JsValues.numberToString(3.0)).isEqualTo("3");
    assertThat(JsValues.numberToString(0.1)).isEqualTo("0.1");
    assertThat(JsValues.toJsString(List.of(1L, "a"))).isEqualTo("1,a");
    assertThat(JsValues.toJsString(Map.of())).isEqualTo("[object Object]");
    assertThat(JsValues.parseInt("0x1A")).isEqualTo(26.0);
    assertThat(JsValues.toNumber(" 12 ")).isEqualTo(12.0);
    assertThat(JsValues.toNumber("12a")).isNaN();
    assertThat(JsValues.truthy("0")).isTrue();
    assertThat(JsValues.truthy(0L)).isFalse();
  }

  @Test
  void lenientJson() {
    assertThat(Json.parseLenient("{a: 'b', c: [1, 2,],}"))
        .isEqualTo(Map.of("a", "b", "c", List.of(1L, 2L)));
    assertThat(Json.parse("{a:1}")).isSameAs(Json.INVALID);
    assertThat(Json.parse("null")).isNull();
    assertThat(Json.stringify(Map.of("s", "a\"b\n"))).isEqualTo("{\"s\":\"a\\\"b\\n\"}");
  }
}
