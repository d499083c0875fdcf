package sre.components.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;

/** FSleep: waits {@code delay} seconds (default 1) without a thread, then passes Input on. */
@Component(service = sre.api.component.Component.class)
@ComponentName("FSleep")
public final class FSleepComponent implements sre.api.component.Component {

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object configured = call.config().get("delay");
    double seconds = JsValues.parseInt(JsValues.truthy(configured) ? configured : 1L);
    long millis = Double.isNaN(seconds) || seconds < 0 ? 0 : (long) (seconds * 1000);
    Map<String, Object> out = new LinkedHashMap<>(4);
    if (call.inputs().containsKey("Input")) {
      out.put("Output", call.inputs().get("Input"));
    }
    long start = System.nanoTime();
    return call.run()
        .delay(Duration.ofMillis(millis))
        .thenApply(
            done -> {
              out.put("_debug_time", (System.nanoTime() - start) / 1_000_000);
              return out;
            });
  }
}
