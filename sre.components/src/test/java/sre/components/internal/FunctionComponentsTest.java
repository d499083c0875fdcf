package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.call;
import static sre.components.internal.TestCalls.result;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionComponentsTest {
  @Test
  void hashesInNodeEncodings() {
    FHashComponent hash = new FHashComponent();
    assertThat(
            result(
                hash.process(
                    call(
                        Map.of("algorithm", "md5", "encoding", "hex"),
                        Map.of("Data", "Hello World")))))
        .containsEntry("Hash", "b10a8db164e0754105b7a99be72e3fe5");
    assertThat(
            result(
                hash.process(
                    call(
                        Map.of("algorithm", "sha256", "encoding", "base64url"),
                        Map.of("Data", "conformance")))))
        .containsEntry("Hash", "bB1s7fJ26j_XSGohL9YrMvu57KpN6nBUVIZzcZndJO0");
    assertThat(
            result(
                hash.process(
                    call(Map.of("algorithm", "nope", "encoding", "hex"), Map.of("Data", "x")))))
        .containsEntry("_error", "Digest method not supported");
    assertThat(
            result(hash.process(call(Map.of("algorithm", "md5"), Map.of("Data", 12345L))))
                .get("_error"))
        .asString()
        .endsWith("Received type number (12345)");
  }

  @Test
  void encodesAndDecodesLeniently() {
    FEncDecComponent codec = new FEncDecComponent();
    assertThat(result(codec.process(call(Map.of("encoding", "base64"), Map.of("Data", "abc")))))
        .containsEntry("Output", "YWJj");
    assertThat(
            result(
                codec.process(
                    call(Map.of("action", "Decode", "encoding", "hex"), Map.of("Data", "486zz")))))
        .containsEntry("Output", "H");
    assertThat(
            result(
                codec.process(
                    call(
                        Map.of("action", "Decode", "encoding", "base64"),
                        Map.of("Data", "@@SGk@@")))))
        .containsEntry("Output", "Hi");
    assertThat(
            result(
                codec.process(
                    call(Map.of("action", "Decode", "encoding", "bogus"), Map.of("Data", "x")))))
        .containsEntry("_error", "Unknown encoding: bogus")
        .doesNotContainKey("Output");
  }

  @Test
  void signsWithHmacAndQuerystring() {
    FSignComponent sign = new FSignComponent();
    assertThat(result(sign.process(call(Map.of("key", "k"), Map.of("Data", "abc")))))
        .containsEntry("Signature", "75972c9c6569f2f407752ddb02ac79de");
    assertThat(
            result(
                    sign.process(
                        call(
                            Map.of("dataTransform", "Querystring", "key", "k"),
                            Map.of("Data", new java.util.LinkedHashMap<>(Map.of("b", 2L))))))
                .get("Signature"))
        .isNotNull();
    assertThat(
            result(
                    sign.process(
                        call(Map.of("key", ""), Map.of("Data", "abc", "Key", List.of("a", "b")))))
                .get("_error"))
        .asString()
        .endsWith("Received an instance of Array");
  }

  @Test
  void timestampsAndDayjsPatterns() {
    Instant t = Instant.parse("2024-03-05T07:08:09.123Z");
    assertThat(DayjsFormat.format(t, "YYYY-MM-DD HH:mm:ss.SSS A Z"))
        .isEqualTo("2024-03-05 07:08:09.123 AM +00:00");
    assertThat(DayjsFormat.format(t, "[at] h:mm a")).isEqualTo("at 7:08 am");
    FTimestampComponent ts = new FTimestampComponent();
    assertThat(result(ts.process(call(Map.of(), Map.of()))).get("Timestamp"))
        .isInstanceOf(Long.class);
    assertThat(ts.validateConfig(Map.of("format", "QQQ"))).contains("Invalid format string: QQQ");
    assertThat(ts.validateConfig(Map.of("format", "YYYY"))).isEmpty();
  }

  @Test
  void sleepPassesInputThrough() {
    assertThat(
            result(new FSleepComponent().process(call(Map.of("delay", "0"), Map.of("Input", "v")))))
        .containsEntry("Output", "v");
  }
}
