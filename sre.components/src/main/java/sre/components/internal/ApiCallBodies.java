package sre.components.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sre.api.component.ComponentCall;
import sre.api.component.support.Binaries;
import sre.api.component.support.BinaryValue;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.component.support.TemplateString;

/** APICall's body encodings by {@code contentType} (spec §6.1). */
final class ApiCallBodies {
  static final String JSON = "application/json";
  static final String FORM = "application/x-www-form-urlencoded";
  static final String MULTIPART = "multipart/form-data";
  static final String BINARY = "binary";
  private static final Pattern WHOLE_PLACEHOLDER =
      Pattern.compile("^\\s*\\{\\{\\s*([^{}]+?)\\s*}}\\s*$");

  private ApiCallBodies() {}

  static CompletionStage<ApiCallBody> encode(ComponentCall call, String contentType) {
    Object raw = call.config().get("body");
    String body = raw == null ? "" : raw instanceof String s ? s : Json.stringify(raw);
    if (body.isBlank()) {
      return CompletableFuture.completedFuture(ApiCallBody.NONE);
    }
    switch (contentType) {
      case MULTIPART:
        return TeamVault.resolve(call.run(), body).thenApply(keyed -> multipart(call, keyed));
      case BINARY:
        return CompletableFuture.completedFuture(binary(call, body));
      default:
        return ApiCallUrls.template(call, body).thenApply(text -> textual(contentType, text));
    }
  }

  private static ApiCallBody textual(String contentType, String text) {
    if (text.isEmpty()) {
      return ApiCallBody.NONE;
    }
    if (JSON.equals(contentType)) {
      Object parsed = Json.parseLenient(text);
      String sent = parsed == Json.INVALID ? text : Json.stringify(parsed);
      return new ApiCallBody(utf8(sent), null);
    }
    if (FORM.equals(contentType)) {
      Object parsed = Json.parseLenient(text);
      String sent = parsed instanceof Map ? QueryStrings.stringify(parsed) : text;
      return new ApiCallBody(utf8(sent), null);
    }
    return new ApiCallBody(utf8(text), null);
  }

  /** Each field of the JSON body; a field that is one placeholder of a binary input is a file. */
  private static ApiCallBody multipart(ComponentCall call, String body) {
    Object parsed = Json.parseLenient(body);
    if (!(parsed instanceof Map<?, ?> fields)) {
      throw new IllegalArgumentException("Multipart body must be a JSON object");
    }
    MultipartBody form = new MultipartBody();
    for (Map.Entry<?, ?> e : fields.entrySet()) {
      String name = String.valueOf(e.getKey());
      Object value = e.getValue();
      BinaryValue file = value instanceof String s ? boundBinary(call, s) : null;
      if (file != null && file.data() != null) {
        form.file(name, file);
      } else if (value instanceof String s) {
        form.field(name, ApiCallUrls.clean(TemplateString.parse(s, call.inputs())));
      } else {
        boolean structured = value instanceof Map || value instanceof java.util.List;
        form.field(name, structured ? Json.stringify(value) : JsValues.toJsString(value));
      }
    }
    return new ApiCallBody(form.bytes(), form.contentType());
  }

  private static ApiCallBody binary(ComponentCall call, String body) {
    BinaryValue file = boundBinary(call, body);
    if (file == null || file.data() == null) {
      throw new IllegalArgumentException("The binary body must be a file input placeholder");
    }
    String mime = file.mimetype().isEmpty() ? "application/octet-stream" : file.mimetype();
    return new ApiCallBody(file.data(), mime);
  }

  /** The binary input a whole-value {@code {{name}}} placeholder names, else null. */
  private static BinaryValue boundBinary(ComponentCall call, String text) {
    Matcher m = WHOLE_PLACEHOLDER.matcher(text);
    if (!m.matches() || !call.inputs().containsKey(m.group(1))) {
      return null;
    }
    Object value = call.inputs().get(m.group(1));
    Object typed = Binaries.fromValue(value, m.group(1));
    return typed instanceof BinaryValue b ? b : null;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
