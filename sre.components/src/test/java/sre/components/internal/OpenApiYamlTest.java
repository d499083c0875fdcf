package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sre.api.component.support.Json;

/** YAML is read into the same values the JSON path yields. */
class OpenApiYamlTest {
  @Test
  void yamlScalarsBecomeTheValuesJsonGives() {
    String yaml =
        """
        text: plain
        quoted: "a: b"
        int: 42
        negative: -7
        float: 1.5
        integral: 2.0
        big: 123456789012345678901234567890
        yes: true
        no: false
        nothing: null
        tilde: ~
        200: integer key
        list: [1, two, {three: 3}]
        """;
    String json =
        """
        {"text":"plain","quoted":"a: b","int":42,"negative":-7,"float":1.5,"integral":2.0,
         "big":123456789012345678901234567890,"yes":true,"no":false,"nothing":null,"tilde":null,
         "200":"integer key","list":[1,"two",{"three":3}]}
        """;

    Object fromYaml = OpenApiYaml.parse(yaml);

    assertThat(fromYaml).isEqualTo(Json.parse(json));
    assertThat(fromYaml).isInstanceOf(LinkedHashMap.class);
    Map<?, ?> map = (Map<?, ?>) fromYaml;
    assertThat(map.get("int")).isInstanceOf(Long.class);
    assertThat(map.get("integral")).isEqualTo(2L);
    assertThat(map.get("big")).isInstanceOf(Double.class);
    assertThat(map.get("list")).isInstanceOf(ArrayList.class);
    // key order is the document's, as with JSON
    assertThat(new ArrayList<>(map.keySet()))
        .isEqualTo(Arrays.asList(((Map<?, ?>) Json.parse(json)).keySet().toArray()));
  }

  @Test
  void emptyDocumentsAreNullAndOnlyTheFirstDocumentCounts() {
    assertThat(OpenApiYaml.parse("")).isNull();
    assertThat(OpenApiYaml.parse("# only a comment\n")).isNull();
    assertThat(OpenApiYaml.parse("a: 1\n---\nb: 2\n")).isEqualTo(Map.of("a", 1L));
  }

  @Test
  void nestingIsBounded() {
    String deep = "[".repeat(OpenApiYaml.MAX_DEPTH + 2) + "]".repeat(OpenApiYaml.MAX_DEPTH + 2);
    assertThatThrownBy(() -> OpenApiYaml.parse(deep))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nested deeper than " + OpenApiYaml.MAX_DEPTH);
    String fine = "[".repeat(20) + "]".repeat(20);
    Object value = OpenApiYaml.parse(fine);
    for (int i = 0; i < 19; i++) {
      value = ((List<?>) value).get(0);
    }
    assertThat(value).isEqualTo(List.of());
  }
}
