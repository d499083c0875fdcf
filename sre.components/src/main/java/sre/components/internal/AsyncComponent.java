package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/**
 * Async: in the main flow, forks the branch downstream of this component as a background job and
 * answers {@code JobID}; inside the job it passes its inputs on with the job id (spec §5.10).
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("Async")
public final class AsyncComponent implements sre.api.component.Component {

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!Boolean.TRUE.equals(call.config().get("forked"))) {
      out.put("JobID", call.run().jobs().fork(call.componentId(), call.inputs()));
      return Outputs.done(out);
    }
    out.put("JobID", call.run().jobId());
    out.putAll(call.inputs());
    return Outputs.done(out);
  }
}
