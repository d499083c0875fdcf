package sre.components.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.component.ComponentCall;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;

/**
 * ZapierAction (spec §6.4): the inputs posted as JSON to Zapier NLA's {@code POST
 * /api/v1/exposed/<actionId>/execute/?api_key=<key>}, the key from the {@code apiKey} template
 * ({@code {{KEY(...)}}} from the team vault). Stored files among the inputs are sent as temporary
 * public links ({@link TempLinks}), ended after the call.
 */
@Component(
    service = sre.api.component.Component.class,
    configurationPid = "sre.components.ZapierAction")
@Designate(ocd = ServiceApiConfig.class)
@sre.api.component.ComponentName("ZapierAction")
public final class ZapierActionComponent implements sre.api.component.Component {
  static final String PUBLIC_API = "https://actions.zapier.com";

  private final JsonApi api;
  private final String baseUrl;

  @Activate
  public ZapierActionComponent(ServiceApiConfig config) {
    this(
        config.baseUrl().isBlank() ? PUBLIC_API : config.baseUrl(),
        Duration.ofSeconds(config.connectTimeoutSeconds()),
        Duration.ofSeconds(config.requestTimeoutSeconds()));
  }

  ZapierActionComponent(String baseUrl, Duration connectTimeout, Duration requestTimeout) {
    this.api = new JsonApi(connectTimeout, requestTimeout);
    this.baseUrl = baseUrl;
  }

  @Deactivate
  private void deactivate() {
    api.release();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object template = call.config().get("apiKey");
    return TeamVault.resolve(call.run(), template == null ? "" : String.valueOf(template))
        .thenCompose(key -> run(call, key))
        .exceptionally(Outputs::failure);
  }

  private CompletionStage<Map<String, Object>> run(ComponentCall call, String key) {
    if (key.isEmpty()) {
      return Outputs.error("You are not authorized to run the Zapier Action!");
    }
    Object actionId = call.config().get("actionId");
    if (!JsValues.truthy(actionId)) {
      return Outputs.error("Zapier Action ID is required!");
    }
    if (call.inputs().isEmpty()) {
      return Outputs.error("Give a plain english description of exact action you want to do!");
    }
    // SRE builds this URL by plain concatenation; the key is encoded here so it stays one value
    String url =
        baseUrl
            + "/api/v1/exposed/"
            + JsValues.toJsString(actionId)
            + "/execute/?api_key="
            + JsonApi.encodeUriComponent(key);
    // stored files travel as temporary public links, ended after the call (as SRE)
    return new TempLinks(call.run())
        .around(
            links ->
                links
                    .inValues(new LinkedHashMap<>(call.inputs()))
                    .thenCompose(inputs -> api.post(url, Map.of(), inputs))
                    .thenApply(this::result));
  }

  private Map<String, Object> result(JsonApi.Reply reply) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (reply.ok()) {
      out.put("Output", reply.body());
      return out;
    }
    Object data = reply.body();
    // SRE prefers a non-empty error body over axios' message
    boolean hasBody =
        data instanceof Map<?, ?> m
            ? !m.isEmpty()
            : data instanceof Collection<?> c ? !c.isEmpty() : !String.valueOf(data).isEmpty();
    Object message = hasBody ? data : reply.axiosMessage();
    String text = message instanceof String s ? s : Json.stringify(message);
    out.put("_error", "Zapier Error: " + text);
    return out;
  }
}
