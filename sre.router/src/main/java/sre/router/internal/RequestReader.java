package sre.router.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;

/**
 * Turns an HTTP request into what SRE's AgentRequest holds, as an Express host passes it: header
 * names lower-cased (repeated values joined with {@code ", "}), query values as strings (a repeated
 * key becomes a list), the body parsed from JSON or form encoding ({@code {}} when empty).
 */
final class RequestReader {
  private final ObjectMapper mapper;

  RequestReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  static Map<String, String> headers(HttpServletRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(
          name.toLowerCase(Locale.ROOT),
          String.join(", ", Collections.list(request.getHeaders(name))));
    }
    return headers;
  }

  static Map<String, Object> query(String queryString) {
    return decodeForm(queryString == null ? "" : queryString);
  }

  /** The body, or 413/400/415 when it is too large, not valid JSON or of another type. */
  Object body(HttpServletRequest request, long maxBytes) throws IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge(maxBytes);
    }
    byte[] bytes = readAtMost(request.getInputStream(), maxBytes);
    if (bytes.length == 0) {
      return new LinkedHashMap<String, Object>();
    }
    String type =
        request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return decodeForm(text);
    }
    if (!type.isEmpty() && !type.startsWith("application/json") && !type.contains("+json")) {
      throw new HttpProblem(
          415, "Unsupported content type '" + type + "': send application/json or form data");
    }
    try {
      return mapper.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new HttpProblem(400, "Invalid JSON body: " + e.getOriginalMessage());
    }
  }

  private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    int n;
    while ((n = in.read(chunk)) > 0) {
      if (buffer.size() + (long) n > maxBytes) {
        throw tooLarge(maxBytes);
      }
      buffer.write(chunk, 0, n);
    }
    return buffer.toByteArray();
  }

  private static HttpProblem tooLarge(long maxBytes) {
    return new HttpProblem(413, "Request body larger than " + maxBytes + " bytes");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> decodeForm(String form) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      Object known = values.get(key);
      if (known == null) {
        values.put(key, value);
      } else if (known instanceof List<?> list) {
        ((List<Object>) list).add(value);
      } else {
        List<Object> list = new ArrayList<>();
        list.add(known);
        list.add(value);
        values.put(key, list);
      }
    }
    return values;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(400, "Malformed URL encoding");
    }
  }
}
