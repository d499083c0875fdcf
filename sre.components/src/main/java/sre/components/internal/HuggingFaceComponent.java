package sre.components.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.component.ComponentCall;
import sre.api.component.RunContext;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.component.support.TemplateString;

/**
 * HuggingFace (spec §6.4): {@code POST <baseUrl>/models/<modelName>} with the task's inputs mapped
 * as SRE's {@code hugging-face.params.json} maps them, plus {@code parameters}; the token is the
 * {@code accessToken} template ({@code {{KEY(...)}}} from the team vault). Two retries after 5 s
 * and 10 s as SRE, waited with {@link RunContext#delay} so no thread is held. Tasks with file
 * inputs or answers are refused with {@code _error} (no Blob handling here yet).
 */
@Component(
    service = sre.api.component.Component.class,
    configurationPid = "sre.components.HuggingFace")
@Designate(ocd = ServiceApiConfig.class)
@sre.api.component.ComponentName("HuggingFace")
public final class HuggingFaceComponent implements sre.api.component.Component {
  /** Hugging Face's serverless inference endpoint ({@code /models/<model>} below it). */
  static final String PUBLIC_API = "https://router.huggingface.co/hf-inference";

  private static final int RETRIES = 2;
  private static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(5);

  private final JsonApi api;
  private final String baseUrl;

  @Activate
  public HuggingFaceComponent(ServiceApiConfig config) {
    this(
        config.baseUrl().isBlank() ? PUBLIC_API : config.baseUrl(),
        Duration.ofSeconds(config.connectTimeoutSeconds()),
        Duration.ofSeconds(config.requestTimeoutSeconds()));
  }

  HuggingFaceComponent(String baseUrl, Duration connectTimeout, Duration requestTimeout) {
    this.api = new JsonApi(connectTimeout, requestTimeout);
    this.baseUrl = baseUrl;
  }

  @Deactivate
  private void deactivate() {
    api.release();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object template = call.config().get("accessToken");
    return TeamVault.resolve(call.run(), template == null ? "" : String.valueOf(template))
        .thenCompose(token -> run(call, token))
        .exceptionally(Outputs::failure);
  }

  private CompletionStage<Map<String, Object>> run(ComponentCall call, String token) {
    Map<String, Object> data = call.config();
    // a vault key that is missing stays a placeholder; it is never sent as a token
    if (token.isEmpty() || TemplateString.hasVaultKey(token)) {
      return Outputs.error("Please provide a valid Hugging Face Access Token");
    }
    Object taskName = data.get("modelTask");
    String task = JsValues.truthy(taskName) ? String.valueOf(taskName) : "";
    if (task.isEmpty()) {
      return Outputs.error("Hugging Face Task is required!");
    }
    HuggingFaceTasks.Task spec = HuggingFaceTasks.text(task);
    if (spec == null) {
      return Outputs.error(
          HuggingFaceTasks.BINARY.contains(task)
              ? "Hugging Face task " + capitalize(task) + " works on files, not supported here yet"
              : "Inference API does not support for this task - " + capitalize(task));
    }
    Object model = data.get("modelName");
    if (!JsValues.truthy(model)) {
      return Outputs.error("Hugging Face Model is required!");
    }
    if (call.inputs().isEmpty()) {
      return Outputs.error("Please provide a valid input!");
    }
    Map<String, Object> body = body(spec, call);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("authorization", "Bearer " + token);
    // the client's use_cache option (default true) travels as this header
    if (JsValues.truthy(data.get("disableCache"))) {
      headers.put("x-use-cache", "false");
    }
    String url = baseUrl + "/models/" + JsValues.toJsString(model);
    return attempt(call.run(), url, headers, body, 0, FIRST_RETRY_DELAY)
        .thenApply(output -> one("Output", output))
        .exceptionally(
            e -> one("_error", "Error from Hugging Face: \n" + Outputs.failure(e).get("_error")));
  }

  /** One request, retried {@link #RETRIES} times with a doubling delay as SRE does. */
  private CompletionStage<Object> attempt(
      RunContext run, String url, Map<String, String> headers, Object body, int n, Duration wait) {
    CompletableFuture<Object> answer =
        api.post(url, headers, body).thenApply(HuggingFaceComponent::output).toCompletableFuture();
    if (n >= RETRIES) {
      return answer;
    }
    return answer
        .handle((value, error) -> error == null ? answer : retry(run, url, headers, body, n, wait))
        .thenCompose(stage -> stage);
  }

  private CompletionStage<Object> retry(
      RunContext run, String url, Map<String, String> headers, Object body, int n, Duration wait) {
    return run.delay(wait)
        .thenCompose(x -> attempt(run, url, headers, body, n + 1, wait.multipliedBy(2)));
  }

  /** The answer, or a failure carrying Hugging Face's own message. */
  private static Object output(JsonApi.Reply reply) {
    if (reply.ok()) {
      return reply.body();
    }
    Object body = reply.body();
    Object detail = null;
    if (body instanceof Map<?, ?> m) {
      detail = m.get("error") != null ? m.get("error") : m.get("detail");
    } else if (body instanceof String s && !s.isBlank()) {
      detail = s;
    }
    String text =
        detail == null
            ? reply.axiosMessage()
            : detail instanceof String s ? s : Json.stringify(detail);
    throw new IllegalStateException(text);
  }

  /** SRE's args without {@code model}: the mapped inputs, then the parameters if any. */
  private static Map<String, Object> body(HuggingFaceTasks.Task spec, ComponentCall call) {
    Map<String, Object> fields = new LinkedHashMap<>();
    call.inputs()
        .forEach(
            (name, value) -> {
              String field = spec.fields().get(name);
              if (field != null) {
                fields.put(field, value);
              }
            });
    Map<String, Object> body = new LinkedHashMap<>();
    if (spec.nested()) {
      body.put("inputs", fields);
    } else {
      body.putAll(fields);
    }
    Map<String, Object> parameters = parameters(call);
    if (!parameters.isEmpty()) {
      body.put("parameters", parameters);
    }
    return body;
  }

  /**
   * {@code data.parameters} (a JSON object) with SRE's string conversion; {@code "None"} values
   * left out and other strings filled from the inputs.
   */
  private static Map<String, Object> parameters(ComponentCall call) {
    Object raw = call.config().get("parameters");
    Map<String, Object> out = new LinkedHashMap<>();
    if (!(raw instanceof String s) || s.isBlank()) {
      return out;
    }
    if (!(Json.parse(s) instanceof Map<?, ?> parsed)) {
      throw new IllegalArgumentException("\"parameters\" must be a JSON object");
    }
    parsed.forEach(
        (key, value) -> {
          Object typed = typed(value);
          if (typed instanceof String text) {
            if (!text.equalsIgnoreCase("none")) {
              out.put(String.valueOf(key), TemplateString.parse(text, call.inputs()));
            }
          } else if (typed != Undefined.VALUE) {
            out.put(String.valueOf(key), typed);
          }
        });
    return out;
  }

  /** SRE's {@code convertStringToRespectiveType}. */
  private static Object typed(Object value) {
    if (value instanceof String s) {
      String lower = s.toLowerCase(java.util.Locale.ROOT);
      if (lower.equals("true") || lower.equals("false")) {
        return Boolean.valueOf(lower);
      }
      if (lower.equals("null")) {
        return null;
      }
      if (lower.equals("undefined")) {
        return Undefined.VALUE;
      }
      if (!s.isBlank() && !Double.isNaN(JsValues.toNumber(s))) {
        return JsValues.normalize(JsValues.toNumber(s));
      }
      return s;
    }
    if (value instanceof List<?> list) {
      // JSON.stringify writes undefined array items as null
      return list.stream()
          .map(HuggingFaceComponent::typed)
          .map(t -> t == Undefined.VALUE ? null : t)
          .toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach(
          (k, v) -> {
            Object t = typed(v);
            if (t != Undefined.VALUE) {
              out.put(String.valueOf(k), t);
            }
          });
      return out;
    }
    return value;
  }

  /** JavaScript's {@code undefined}: the key is dropped when the JSON is sent. */
  private enum Undefined {
    VALUE
  }

  private static Map<String, Object> one(String key, Object value) {
    Map<String, Object> out = new LinkedHashMap<>(2);
    out.put(key, value);
    return out;
  }

  private static String capitalize(String task) {
    StringBuilder out = new StringBuilder();
    for (String word : task.split("-", -1)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }
}
