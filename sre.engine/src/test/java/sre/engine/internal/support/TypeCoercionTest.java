package sre.engine.internal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sre.api.component.support.BinaryValue;
import sre.api.component.support.TypeCoercion;
import sre.api.component.support.TypingException;

class TypeCoercionTest {
  @Test
  void numbersFollowParseFloatAndParseInt() {
    assertThat(TypeCoercion.coerce("3.14", "Number", "n")).isEqualTo(3.14);
    assertThat(TypeCoercion.coerce("12abc", "number", "n")).isEqualTo(12L);
    assertThat(TypeCoercion.coerce("1e3", "Number", "n")).isEqualTo(1000L);
    assertThat(TypeCoercion.coerce("1337.42", "Integer", "n")).isEqualTo(1337L);
    assertThat(TypeCoercion.coerce(7.9, "Integer", "n")).isEqualTo(7L);
    assertThatThrownBy(() -> TypeCoercion.coerce("abc", "Number", "n"))
        .isInstanceOf(TypingException.class)
        .hasMessage("Invalid Number value");
    assertThatThrownBy(() -> TypeCoercion.coerce("x1", "Integer", "n"))
        .hasMessage("Invalid Integer value");
  }

  @Test
  void booleansAcceptTrueFalseOneZero() {
    assertThat(TypeCoercion.coerce("TRUE", "Boolean", "b")).isEqualTo(true);
    assertThat(TypeCoercion.coerce("0", "Boolean", "b")).isEqualTo(false);
    assertThat(TypeCoercion.coerce(1L, "Boolean", "b")).isEqualTo(true);
    assertThatThrownBy(() -> TypeCoercion.coerce("yes", "Boolean", "b"))
        .hasMessage("Invalid Boolean value");
  }

  @Test
  void arraysAndObjects() {
    assertThat(TypeCoercion.coerce("a, b,c", "Array", "a")).isEqualTo(List.of("a", " b", "c"));
    assertThat(TypeCoercion.coerce("[1,2]", "Array", "a")).isEqualTo(List.of(1L, 2L));
    assertThatThrownBy(() -> TypeCoercion.coerce(5L, "Array", "a"))
        .hasMessage("Invalid Array value");
    assertThat(TypeCoercion.coerce("{message:\"hi\"}", "Object", "o"))
        .isEqualTo(Map.of("message", "hi"));
    assertThatThrownBy(() -> TypeCoercion.coerce("nope", "Object", "o"))
        .hasMessage("Invalid Object value");
  }

  @Test
  void datesAreIsoInUtc() {
    assertThat(TypeCoercion.coerce("2024-01-20", "Date", "d"))
        .isEqualTo("2024-01-20T00:00:00.000Z");
    assertThat(TypeCoercion.coerce("01/20/2024", "Date", "d"))
        .isEqualTo("2024-01-20T00:00:00.000Z");
    assertThat(TypeCoercion.coerce(1700000000000L, "Date", "d"))
        .isEqualTo("2023-11-14T22:13:20.000Z");
    assertThat(TypeCoercion.coerce("2024-03-01T10:00:00+02:00", "Date", "d"))
        .isEqualTo("2024-03-01T08:00:00.000Z");
    assertThatThrownBy(() -> TypeCoercion.coerce("not a date", "Date", "d"))
        .hasMessageStartingWith("Invalid Date value\n");
  }

  @Test
  void textAndBinary() {
    assertThat(TypeCoercion.coerce(12L, "Text", "t")).isEqualTo("12");
    assertThat(TypeCoercion.coerce(Map.of("a", 1L), "Text", "t")).isEqualTo("{\"a\":1}");
    assertThat(TypeCoercion.coerce("null", "String", "t")).isEqualTo("");
    Object bin = TypeCoercion.coerce("text data", "Binary", "f");
    assertThat(bin).isInstanceOfSatisfying(BinaryValue.class, b -> assertThat(b.data()).hasSize(6));
    assertThat(TypeCoercion.coerce("not base64!", "Binary", "f")).isNull();
  }

  @Test
  void falsyValuesAreNotTyped() {
    Map<String, Object> in = new java.util.LinkedHashMap<>();
    in.put("n", 0L);
    in.put("s", "");
    assertThat(
            TypeCoercion.apply(
                in,
                List.of(
                    new sre.api.component.InputDefinition("n", "Number", false, null, false),
                    new sre.api.component.InputDefinition("s", "Boolean", false, null, false))))
        .isEqualTo(in);
  }
}
