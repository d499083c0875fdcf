package sre.api.component.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date parsing as SRE's Date typing does it ({@code dayjs(text)}, falling back to JavaScript's
 * {@code new Date(text)}). Zone-less dates are read in {@link #ZONE}: SRE uses the host time zone;
 * this runtime fixes it to UTC so results do not depend on the machine (the conformance corpus was
 * recorded in UTC).
 */
public final class JsDates {
  /** The zone in which dates without an offset are interpreted. */
  public static final ZoneId ZONE = ZoneOffset.UTC;

  /** JavaScript's valid time range (±8.64e15 ms). */
  private static final long MAX_MS = 8_640_000_000_000_000L;

  private static final Pattern DAYJS =
      Pattern.compile(
          "^(\\d{4})[-/]?(\\d{1,2})?[-/]?(\\d{0,2})[Tt\\s]*(\\d{1,2})?:?(\\d{1,2})?:?(\\d{1,2})?[.:]?(\\d+)?$");
  private static final Pattern ISO_ZONED =
      Pattern.compile(
          "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?\\s*([Zz]|[+-]\\d{2}:?\\d{2})$");
  private static final List<DateTimeFormatter> LEGACY =
      List.of(
          formatter("M/d/yyyy[ H:mm[:ss]]"),
          formatter("MMMM d, yyyy[ H:mm[:ss]]"),
          formatter("MMM d, yyyy[ H:mm[:ss]]"),
          formatter("MMMM d yyyy[ H:mm[:ss]]"),
          formatter("MMM d yyyy[ H:mm[:ss]]"),
          formatter("d MMMM yyyy[ H:mm[:ss]]"),
          formatter("d MMM yyyy[ H:mm[:ss]]"),
          formatter("EEE MMM d yyyy[ H:mm[:ss]]"),
          formatter("EEE, d MMM yyyy H:mm:ss 'GMT'"));

  private JsDates() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  /** The instant a date text denotes, or null when JavaScript would give an invalid date. */
  public static Instant parse(String text) {
    String s = text.strip();
    if (!s.endsWith("Z") && !s.endsWith("z")) {
      Matcher m = DAYJS.matcher(s);
      if (m.matches()) {
        return fromFields(m);
      }
    }
    Matcher iso = ISO_ZONED.matcher(s);
    if (iso.matches()) {
      try {
        String zone = iso.group(8).equalsIgnoreCase("z") ? "Z" : iso.group(8);
        if (zone.length() == 5) {
          zone = zone.substring(0, 3) + ":" + zone.substring(3);
        }
        String frac = iso.group(7) == null ? "" : "." + iso.group(7);
        String sec = iso.group(6) == null ? "00" : iso.group(6);
        return OffsetDateTime.parse(
                String.format(
                    "%s-%s-%sT%s:%s:%s%s%s",
                    iso.group(1),
                    iso.group(2),
                    iso.group(3),
                    iso.group(4),
                    iso.group(5),
                    sec,
                    frac,
                    zone))
            .toInstant()
            .truncatedTo(ChronoUnit.MILLIS);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    for (DateTimeFormatter f : LEGACY) {
      try {
        var parsed = f.parse(s);
        LocalDate date = LocalDate.from(parsed);
        LocalDateTime time =
            parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)
                ? LocalDateTime.from(parsed)
                : date.atStartOfDay();
        boolean gmt = s.endsWith("GMT");
        return time.atZone(gmt ? ZoneOffset.UTC : ZONE).toInstant();
      } catch (java.time.DateTimeException e) {
        // try the next form
      }
    }
    return null;
  }

  /** {@code new Date(y, m, d, h, mi, s, ms)} semantics: overflowing fields roll over. */
  private static Instant fromFields(Matcher m) {
    long year = Long.parseLong(m.group(1));
    if (year <= 99) {
      year += 1900;
    }
    long month = m.group(2) == null ? 0 : Long.parseLong(m.group(2)) - 1;
    long day = m.group(3) == null || m.group(3).isEmpty() ? 1 : Long.parseLong(m.group(3));
    long hour = m.group(4) == null ? 0 : Long.parseLong(m.group(4));
    long minute = m.group(5) == null ? 0 : Long.parseLong(m.group(5));
    long second = m.group(6) == null ? 0 : Long.parseLong(m.group(6));
    String msText = m.group(7) == null ? "0" : m.group(7);
    long millis = Long.parseLong(msText.substring(0, Math.min(3, msText.length())));
    LocalDateTime t =
        LocalDateTime.of((int) year, 1, 1, 0, 0)
            .plusMonths(month)
            .plusDays(day - 1)
            .plusHours(hour)
            .plusMinutes(minute)
            .plusSeconds(second)
            .plus(millis, ChronoUnit.MILLIS);
    return t.atZone(ZONE).toInstant();
  }

  /** The instant of an epoch-millisecond number, or null outside JavaScript's date range. */
  public static Instant fromEpochMillis(double millis) {
    if (Double.isNaN(millis) || Math.abs(millis) > MAX_MS) {
      return null;
    }
    return Instant.ofEpochMilli((long) millis);
  }

  /** JavaScript's {@code Date.prototype.toISOString()}. */
  public static String toIso(Instant instant) {
    return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC)
        .format(instant);
  }
}
