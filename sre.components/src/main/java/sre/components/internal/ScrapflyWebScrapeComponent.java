package sre.components.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.component.ComponentCall;
import sre.api.component.InputDefinition;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;

/**
 * ScrapflyWebScrape / WebScrape (spec §6.4): every URL found in the declared inputs is scraped with
 * one {@code GET /scrape} (all in parallel) using the team vault key {@code scrapfly}. As in SRE
 * the target URL is encoded twice (SRE encodes it before axios encodes the params again), which is
 * what Scrapfly receives from SRE. Failures of one URL land in {@code FailedURLs}.
 */
@Component(
    service = sre.api.component.Component.class,
    configurationPid = "sre.components.ScrapflyWebScrape")
@Designate(ocd = ServiceApiConfig.class)
@sre.api.component.ComponentName({"ScrapflyWebScrape", "WebScrape"})
public final class ScrapflyWebScrapeComponent implements sre.api.component.Component {
  static final String PUBLIC_API = "https://api.scrapfly.io";

  private final JsonApi api;
  private final String baseUrl;

  @Activate
  public ScrapflyWebScrapeComponent(ServiceApiConfig config) {
    this(
        config.baseUrl().isBlank() ? PUBLIC_API : config.baseUrl(),
        Duration.ofSeconds(config.connectTimeoutSeconds()),
        Duration.ofSeconds(config.requestTimeoutSeconds()));
  }

  ScrapflyWebScrapeComponent(String baseUrl, Duration connectTimeout, Duration requestTimeout) {
    this.api = new JsonApi(connectTimeout, requestTimeout);
    this.baseUrl = baseUrl;
  }

  @Deactivate
  private void deactivate() {
    api.release();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    List<String> urls = urls(call);
    return TeamVault.get(call.run(), "scrapfly")
        .thenCompose(
            key -> {
              if (key.isEmpty()) {
                throw new IllegalStateException("The team vault has no key \"scrapfly\"");
              }
              List<CompletableFuture<Map<String, Object>>> scrapes = new ArrayList<>();
              for (String url : urls) {
                scrapes.add(scrape(url, call.config(), key.get()).toCompletableFuture());
              }
              return CompletableFuture.allOf(scrapes.toArray(CompletableFuture[]::new))
                  .thenApply(v -> result(scrapes));
            })
        .exceptionally(Outputs::failure);
  }

  private CompletionStage<Map<String, Object>> scrape(
      String url, Map<String, Object> data, String key) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("url", JsonApi.encodeUriComponent(url));
    params.put("key", key);
    params.put("cost_budget", 80);
    params.put("format", JsValues.truthy(data.get("format")) ? data.get("format") : "markdown");
    if (JsValues.truthy(data.get("antiScrapingProtection"))) {
      params.put("asp", true);
    }
    if (JsValues.truthy(data.get("javascriptRendering"))) {
      params.put("render_js", true);
    }
    if (JsValues.truthy(data.get("autoScroll"))) {
      params.put("auto_scroll", true);
      params.put("render_js", true);
    }
    if (data.get("countries") instanceof List<?> countries && !countries.isEmpty()) {
      List<String> codes = new ArrayList<>();
      countries.forEach(c -> codes.add(JsValues.toJsString(c)));
      params.put("country", String.join(",", codes).toLowerCase(Locale.ROOT));
    }
    return api.get(baseUrl + "/scrape?" + JsonApi.query(params), Map.of())
        .handle((reply, error) -> outcome(url, reply));
  }

  /** One URL's outcome: {@code {url, content}} or {@code {url, error}} (key {@code ok} aside). */
  private static Map<String, Object> outcome(String url, JsonApi.Reply reply) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("url", url);
    if (reply != null && reply.ok()) {
      out.put("content", path(reply.body(), "result", "content"));
      return out;
    }
    Object message = reply == null ? null : path(reply.body(), "result", "error", "message");
    out.put("error", JsValues.truthy(message) ? message : "Failed to scrape URL");
    return out;
  }

  private static Map<String, Object> result(List<CompletableFuture<Map<String, Object>>> scrapes) {
    List<Object> results = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (CompletableFuture<Map<String, Object>> s : scrapes) {
      Map<String, Object> one = s.join();
      (one.containsKey("error") ? failed : results).add(one);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Results", results);
    out.put("FailedURLs", failed);
    return out;
  }

  /** URLs in the declared inputs only (SRE: so global variables are never scraped). */
  static List<String> urls(ComponentCall call) {
    List<String> urls = new ArrayList<>();
    for (InputDefinition input : call.declaredInputs()) {
      Object value = call.inputs().get(input.name());
      if (value instanceof String s) {
        Object parsed = Json.parse(s);
        if (parsed instanceof List<?> list) {
          addValid(list, urls);
        } else {
          addValid(List.of(s.split(",", -1)), urls);
        }
      } else if (value instanceof List<?> list) {
        addValid(list, urls);
      }
    }
    return urls;
  }

  private static void addValid(List<?> candidates, List<String> urls) {
    for (Object c : candidates) {
      if (c instanceof String s && isUrl(s)) {
        urls.add(s.strip());
      }
    }
  }

  /** WHATWG {@code new URL(s)} succeeds: an absolute URL with a scheme. */
  private static boolean isUrl(String s) {
    try {
      URI uri = new URI(s.strip());
      return uri.isAbsolute() && (uri.getHost() != null || uri.isOpaque());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static Object path(Object value, String... keys) {
    Object v = value;
    for (String k : keys) {
      if (!(v instanceof Map<?, ?> m)) {
        return null;
      }
      v = m.get(k);
    }
    return v;
  }
}
