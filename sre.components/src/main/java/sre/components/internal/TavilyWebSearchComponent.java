package sre.components.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.component.ComponentCall;
import sre.api.component.support.JsValues;

/**
 * TavilyWebSearch / WebSearch (spec §6.4): one {@code POST /search} with the team vault key {@code
 * tavily} in the body, as SRE sends it. {@code Images} and {@code Answer} only when asked for. The
 * {@code USAGE:API} event is not emitted (this runtime has no API usage events).
 */
@Component(
    service = sre.api.component.Component.class,
    configurationPid = "sre.components.TavilyWebSearch")
@Designate(ocd = ServiceApiConfig.class)
@sre.api.component.ComponentName({"TavilyWebSearch", "WebSearch"})
public final class TavilyWebSearchComponent implements sre.api.component.Component {
  static final String PUBLIC_API = "https://api.tavily.com";

  private final JsonApi api;
  private final String baseUrl;

  @Activate
  public TavilyWebSearchComponent(ServiceApiConfig config) {
    this(
        config.baseUrl().isBlank() ? PUBLIC_API : config.baseUrl(),
        Duration.ofSeconds(config.connectTimeoutSeconds()),
        Duration.ofSeconds(config.requestTimeoutSeconds()));
  }

  TavilyWebSearchComponent(String baseUrl, Duration connectTimeout, Duration requestTimeout) {
    this.api = new JsonApi(connectTimeout, requestTimeout);
    this.baseUrl = baseUrl;
  }

  @Deactivate
  private void deactivate() {
    api.release();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> data = call.config();
    return TeamVault.get(call.run(), "tavily")
        .thenCompose(
            key -> {
              if (key.isEmpty()) {
                throw new IllegalStateException("The team vault has no key \"tavily\"");
              }
              return api.post(baseUrl + "/search", Map.of(), body(key.get(), call));
            })
        .thenApply(reply -> result(reply, data))
        .exceptionally(Outputs::failure);
  }

  /** The request body; absent options are left out as JSON.stringify drops undefined. */
  private static Map<String, Object> body(String key, ComponentCall call) {
    Map<String, Object> data = call.config();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("api_key", key);
    putIfSet(body, "query", call.inputs().get("SearchQuery"));
    putIfSet(body, "topic", data.get("searchTopic"));
    body.put("exclude_domains", domains(data.get("excludeDomains")));
    body.put("max_results", data.getOrDefault("sourcesLimit", 10L));
    Object timeRange = data.get("timeRange");
    if (!"None".equals(timeRange)) {
      putIfSet(body, "time_range", timeRange);
    }
    if (JsValues.truthy(data.get("includeImages"))) {
      body.put("include_images", true);
    }
    if (JsValues.truthy(data.get("includeQAs"))) {
      body.put("include_answer", true);
    }
    if (JsValues.truthy(data.get("includeRawContent"))) {
      body.put("include_raw_content", true);
    }
    return body;
  }

  private static Map<String, Object> result(JsonApi.Reply reply, Map<String, Object> data) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!reply.ok()) {
      out.put("_error", reply.axiosMessage());
      return out;
    }
    Map<?, ?> body = reply.body() instanceof Map<?, ?> m ? m : Map.of();
    out.put("Results", body.get("results"));
    if (JsValues.truthy(data.get("includeImages"))) {
      out.put("Images", body.get("images"));
    }
    if (JsValues.truthy(data.get("includeQAs"))) {
      out.put("Answer", body.get("answer"));
    }
    return out;
  }

  private static List<String> domains(Object csv) {
    List<String> out = new ArrayList<>();
    if (csv instanceof String s && !s.isEmpty()) {
      for (String d : s.split(",", -1)) {
        out.add(d.strip());
      }
    }
    return out;
  }

  private static void putIfSet(Map<String, Object> body, String key, Object value) {
    if (value != null) {
      body.put(key, value);
    }
  }
}
