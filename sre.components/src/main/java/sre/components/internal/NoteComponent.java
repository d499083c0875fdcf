package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;

/**
 * Note and Component: inert canvas entries. Never activated by a connection in practice; if one is,
 * it produces an empty result instead of SRE's crash.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName({"Note", "Component"})
public final class NoteComponent implements sre.api.component.Component {

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    return CompletableFuture.completedFuture(new LinkedHashMap<>());
  }
}
