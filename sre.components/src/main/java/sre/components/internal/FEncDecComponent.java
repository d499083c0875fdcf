package sre.components.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;

/**
 * FEncDec: {@code Encode} (default) turns UTF-8 text into {@code encoding}; any other action
 * decodes {@code encoding} text back to UTF-8.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("FEncDec")
public final class FEncDecComponent implements sre.api.component.Component {

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> config = call.config();
    Object data = call.inputs().get("Data");
    boolean present = call.inputs().containsKey("Data");
    Object action = config.get("action");
    String encoding =
        config.get("encoding") == null ? null : JsValues.toJsString(config.get("encoding"));
    try {
      boolean encode = action == null || "".equals(action) || "Encode".equals(action);
      String out;
      if (encode) {
        out = NodeBuffers.encode(bytes(data, present, "utf8"), encoding);
      } else {
        out = new String(bytes(data, present, encoding), StandardCharsets.UTF_8);
      }
      return Outputs.of("Output", out);
    } catch (RuntimeException e) {
      return Outputs.error(e.getMessage());
    }
  }

  /** Node's {@code Buffer.from(data, encoding)}. */
  private static byte[] bytes(Object data, boolean present, String encoding) {
    if (data instanceof String s) {
      return NodeBuffers.decode(s, encoding);
    }
    if (data instanceof List<?> list) {
      return NodeBuffers.fromArrayLike(list);
    }
    throw new IllegalArgumentException(NodeErrors.BUFFER_FROM + NodeErrors.received(data, present));
  }
}
