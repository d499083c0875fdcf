package sre.components.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsDates;

/**
 * FTimestamp: the current time as epoch milliseconds ({@code unix}/{@code timestamp}, default),
 * ISO-8601 ({@code iso}) or a dayjs pattern.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("FTimestamp")
public final class FTimestampComponent implements sre.api.component.Component {
  private static final Pattern PATTERN = Pattern.compile("^[YMDHhmsSSZzAa\\s\\-/:,.]*$");

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    if (!config.containsKey("format") || config.get("format") == null) {
      return Optional.empty();
    }
    Object format = config.get("format");
    if (!(format instanceof String s)) {
      return Optional.of("\"Timestamp Format\" must be one of [unix, iso, timestamp, string]");
    }
    if (s.isEmpty()) {
      return Optional.of("\"Timestamp Format\" is not allowed to be empty");
    }
    if (List.of("unix", "iso", "timestamp").contains(s) || PATTERN.matcher(s).matches()) {
      return Optional.empty();
    }
    return Optional.of("Invalid format string: " + s);
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object configured = call.config().get("format");
    String format = configured instanceof String s && !s.isEmpty() ? s : "unix";
    Instant now = Instant.now();
    Object timestamp =
        switch (format) {
          case "unix", "timestamp" -> now.toEpochMilli();
          case "iso" -> JsDates.toIso(now);
          default -> DayjsFormat.format(now, format);
        };
    Map<String, Object> out = new LinkedHashMap<>(4);
    out.put("Timestamp", timestamp);
    out.put("_debug_time", 0L);
    return Outputs.done(out);
  }
}
