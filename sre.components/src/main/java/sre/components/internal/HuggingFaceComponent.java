package sre.components.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.component.ComponentCall;
import sre.api.component.RunContext;
import sre.api.component.support.BinaryValue;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.component.support.TemplateString;

/**
 * HuggingFace (spec §6.4): {@code POST <baseUrl>/models/<modelName>} with the task's inputs mapped
 * as SRE's {@code hugging-face.params.json} maps them, plus {@code parameters}; the token is the
 * {@code accessToken} template ({@code {{KEY(...)}}} from the team vault). Two retries after 5 s
 * and 10 s as SRE, waited with {@link RunContext#delay} so no thread is held. Tasks with files use
 * the Inference API's wire formats ({@link HuggingFaceTasks.FileShape}): the file input (inline,
 * {@code smythfs://} or a web URL) as the raw body, as base64 {@code inputs}, or as {@code
 * inputs.image} with a question; a file answer becomes a SmythFile.
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
    HuggingFaceTasks.FileShape shape = HuggingFaceTasks.file(task);
    if (spec == null && shape == null) {
      return Outputs.error("Inference API does not support for this task - " + capitalize(task));
    }
    Object model = data.get("modelName");
    if (!JsValues.truthy(model)) {
      return Outputs.error("Hugging Face Model is required!");
    }
    if (call.inputs().isEmpty()) {
      return Outputs.error("Please provide a valid input!");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("authorization", "Bearer " + token);
    // the client's use_cache option (default true) travels as this header
    if (JsValues.truthy(data.get("disableCache"))) {
      headers.put("x-use-cache", "false");
    }
    String url = baseUrl + "/models/" + JsValues.toJsString(model);
    CompletionStage<Supplier<CompletionStage<JsonApi.Reply>>> request =
        shape == null
            ? CompletableFuture.completedFuture(() -> api.post(url, headers, body(spec, call)))
            : fileRequest(call, task, shape, url, headers);
    return request
        .thenCompose(send -> attempt(call.run(), send, 0, FIRST_RETRY_DELAY))
        .thenCompose(output -> kept(call, output))
        .thenApply(output -> one("Output", output))
        .exceptionally(
            e -> one("_error", "Error from Hugging Face: \n" + Outputs.failure(e).get("_error")));
  }

  /**
   * The request of a task with files ({@link HuggingFaceTasks.FileShape}): the file input read once
   * (inline, from Storage or the web), then sent on every attempt.
   */
  private CompletionStage<Supplier<CompletionStage<JsonApi.Reply>>> fileRequest(
      ComponentCall call,
      String task,
      HuggingFaceTasks.FileShape shape,
      String url,
      Map<String, String> headers) {
    Optional<String> fileInput = FileInputs.firstFileInput(call);
    String text = text(call, fileInput.orElse(null));
    if (shape == HuggingFaceTasks.FileShape.TEXT_TO_FILE) {
      Map<String, Object> body = withParameters(call, text);
      return CompletableFuture.completedFuture(() -> api.post(url, headers, body));
    }
    if (fileInput.isEmpty()) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException(
              "Hugging Face task " + capitalize(task) + " needs a file input"));
    }
    String key = fileInput.get();
    return FileInputs.read(call.run(), call.inputs().get(key), key, api.clients(), api.timeout())
        .thenApply(
            file -> {
              String mime =
                  file.mimetype().isEmpty() ? "application/octet-stream" : file.mimetype();
              return switch (shape) {
                case RAW_FILE -> () -> api.postBytes(url, headers, file.data(), mime);
                case BASE64_INPUTS -> {
                  Map<String, Object> body = withParameters(call, file.base64());
                  yield () -> api.post(url, headers, body);
                }
                default -> {
                  Map<String, Object> inputs = new LinkedHashMap<>();
                  inputs.put("image", file.base64());
                  inputs.put("question", text);
                  Map<String, Object> body = withParameters(call, inputs);
                  yield () -> api.post(url, headers, body);
                }
              };
            });
  }

  /** {@code {inputs, parameters?}}. */
  private static Map<String, Object> withParameters(ComponentCall call, Object inputs) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("inputs", inputs);
    Map<String, Object> parameters = parameters(call);
    if (!parameters.isEmpty()) {
      body.put("parameters", parameters);
    }
    return body;
  }

  /**
   * The text a file task sends: input {@code Text} or {@code Question}, else the first other one.
   */
  private static String text(ComponentCall call, String fileInput) {
    for (String name : List.of("Text", "Question", "Prompt")) {
      Object v = call.inputs().get(name);
      if (v != null && !name.equals(fileInput)) {
        return JsValues.toJsString(v);
      }
    }
    return call.inputs().entrySet().stream()
        .filter(e -> !e.getKey().equals(fileInput) && e.getValue() != null)
        .map(e -> JsValues.toJsString(e.getValue()))
        .findFirst()
        .orElse("");
  }

  /** A file answer (an image, a sound) is kept in the run's temp folder as a SmythFile. */
  private static CompletionStage<Object> kept(ComponentCall call, Object output) {
    if (output instanceof BinaryValue file) {
      return TempFiles.store(call.run(), file.data(), file.mimetype(), "output")
          .thenApply(smythFile -> smythFile);
    }
    return CompletableFuture.completedFuture(output);
  }

  /** One request, retried {@link #RETRIES} times with a doubling delay as SRE does. */
  private CompletionStage<Object> attempt(
      RunContext run, Supplier<CompletionStage<JsonApi.Reply>> send, int n, Duration wait) {
    CompletableFuture<Object> answer =
        send.get().thenApply(HuggingFaceComponent::output).toCompletableFuture();
    if (n >= RETRIES) {
      return answer;
    }
    return answer
        .handle(
            (value, error) ->
                error == null
                    ? answer
                    : run.delay(wait)
                        .thenCompose(x -> attempt(run, send, n + 1, wait.multipliedBy(2))))
        .thenCompose(stage -> stage);
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
