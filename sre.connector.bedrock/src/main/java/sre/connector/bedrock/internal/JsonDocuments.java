package sre.connector.bedrock.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/**
 * JSON text (tool schemas, tool arguments) to and from the SDK's {@link Document}, which is how
 * Converse carries free-form JSON.
 */
final class JsonDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonDocuments() {}

  static Document parse(String json) throws JsonProcessingException {
    return toDocument(JSON.readTree(json));
  }

  static String write(Document document) {
    try {
      return JSON.writeValueAsString(toNode(document));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a Document always has a JSON form", e);
    }
  }

  private static Document toDocument(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Document.fromNull();
    }
    if (node.isObject()) {
      Map<String, Document> map = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> map.put(e.getKey(), toDocument(e.getValue())));
      return Document.fromMap(map);
    }
    if (node.isArray()) {
      List<Document> list = new ArrayList<>();
      node.forEach(n -> list.add(toDocument(n)));
      return Document.fromList(list);
    }
    if (node.isNumber()) {
      return Document.fromNumber(SdkNumber.fromBigDecimal(node.decimalValue()));
    }
    if (node.isBoolean()) {
      return Document.fromBoolean(node.booleanValue());
    }
    return Document.fromString(node.asText());
  }

  private static JsonNode toNode(Document document) {
    if (document == null || document.isNull()) {
      return NODES.nullNode();
    }
    if (document.isMap()) {
      ObjectNode object = NODES.objectNode();
      document.asMap().forEach((k, v) -> object.set(k, toNode(v)));
      return object;
    }
    if (document.isList()) {
      ArrayNode array = NODES.arrayNode();
      document.asList().forEach(v -> array.add(toNode(v)));
      return array;
    }
    if (document.isNumber()) {
      return NODES.numberNode(document.asNumber().bigDecimalValue());
    }
    if (document.isBoolean()) {
      return NODES.booleanNode(document.asBoolean());
    }
    return NODES.textNode(document.asString());
  }
}
