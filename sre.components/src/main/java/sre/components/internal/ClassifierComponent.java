package sre.components.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.OutputDefinition;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.component.support.TemplateString;
import sre.api.component.support.TypeCoercion;
import sre.api.llm.LlmMessage;

/**
 * Classifier: asks the model which of the output categories fit the input. The answer's falsy
 * entries are dropped, so only chosen categories propagate. An answer that parses to an array (as
 * Echo's does) becomes the whole result, as in SRE.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("Classifier")
public final class ClassifierComponent implements sre.api.component.Component {
  /** Holds an array answer until postProcess makes it the record's result. */
  static final String ARRAY_RESULT = "_classifier_array";

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    return LlmConfig.validate(config);
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    List<OutputDefinition> outputs = call.declaredOutputs();
    if (outputs.isEmpty()) {
      return Outputs.error("Missing information, Cannot run classifier");
    }
    Map<String, Object> categories = new LinkedHashMap<>();
    for (OutputDefinition o : outputs) {
      categories.put(o.name(), o.description() == null ? "" : o.description());
    }
    String prompt =
        LlmConfig.prompt(call.config())
            + "\n"
            + Json.stringifyPretty(escapedInputs(call.inputs()))
            + "\n\n---\nCategories: \n"
            + Json.stringifyPretty(categories);
    prompt = TemplateString.parse(prompt, call.inputs());
    Object configured = call.config().get("model");
    String model = JsValues.truthy(configured) ? String.valueOf(configured) : LlmInference.ECHO;
    return LlmInference.prompt(call, model, List.of(LlmMessage.user(prompt)), false, false)
        .handle(
            (response, error) -> {
              if (error != null) {
                return LlmInference.failure(error, model);
              }
              Object reply = LlmInference.parseReply(response.content(), model);
              return categories(reply instanceof String s ? lenient(s) : reply);
            });
  }

  @Override
  public Object postProcess(Map<String, Object> record, ComponentCall call) {
    if (record.get("result") instanceof Map<?, ?> result && result.containsKey(ARRAY_RESULT)) {
      record.put("result", result.get(ARRAY_RESULT));
    }
    return record;
  }

  private static Map<String, Object> categories(Object parsed) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (parsed instanceof List<?> list) {
      out.put(ARRAY_RESULT, new ArrayList<>(list));
      return out;
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      return out;
    }
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    for (Iterator<Map.Entry<String, Object>> it = out.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Object> e = it.next();
      if (!JsValues.truthy(e.getValue())) {
        it.remove();
      } else if (e.getValue() instanceof String s) {
        String text = unescape(s);
        Object value = TypeCoercion.tryParseJson(text);
        e.setValue(value instanceof Map || value instanceof List ? value : text);
      }
    }
    if (out.containsKey("error")) {
      out.put("_error", out.remove("error"));
    }
    return out;
  }

  /** SRE's JSONContent.tryParse, whose jsonrepair also reads several values as an array. */
  private static Object lenient(String text) {
    Object parsed = TypeCoercion.tryParseJson(text);
    if (!(parsed instanceof String)) {
      return parsed;
    }
    int open = text.indexOf('{');
    int close = text.lastIndexOf('}');
    if (open < 0 || close <= open) {
      return text;
    }
    Object sequence = Json.parseSequence(text.substring(open, close + 1));
    return sequence == Json.INVALID ? text : sequence;
  }

  private static Map<String, Object> escapedInputs(Map<String, Object> inputs) {
    Map<String, Object> copy = new LinkedHashMap<>();
    inputs.forEach(
        (k, v) -> {
          if (v instanceof String s) {
            copy.put(k, escape(s));
          } else if (v instanceof Map || v instanceof List) {
            copy.put(k, escape(Json.stringify(v)));
          } else {
            copy.put(k, v);
          }
        });
    return copy;
  }

  private static String escape(String s) {
    return s.replace("{", "<[<(").replace("}", ")>]>").replace("\"", "`");
  }

  private static String unescape(String s) {
    return s.replace("<[<(", "{").replace(")>]>", "}").replace("`", "\"");
  }
}
