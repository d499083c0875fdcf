package sre.components.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sre.api.component.support.JsDates;

/** dayjs's {@code format(pattern)} (core tokens, English), in {@link JsDates#ZONE}. */
final class DayjsFormat {
  private static final Pattern TOKENS =
      Pattern.compile(
          "\\[([^\\]]+)]|Y{1,4}|M{1,4}|D{1,2}|d{1,4}|H{1,2}|h{1,2}|a|A|m{1,2}|s{1,2}|Z{1,2}|SSS");

  private DayjsFormat() {}

  static String format(Instant instant, String pattern) {
    ZonedDateTime t = instant.atZone(JsDates.ZONE);
    String offset = t.getOffset().getId().equals("Z") ? "+00:00" : t.getOffset().getId();
    Matcher m = TOKENS.matcher(pattern);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (m.find()) {
      sb.append(pattern, last, m.start());
      sb.append(m.group(1) != null ? m.group(1) : token(m.group(), t, offset));
      last = m.end();
    }
    return sb.append(pattern.substring(last)).toString();
  }

  private static String token(String token, ZonedDateTime t, String offset) {
    int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
    return switch (token) {
      case "YY" -> pad(t.getYear() % 100, 2);
      case "YYYY" -> pad(t.getYear(), 4);
      case "M" -> String.valueOf(t.getMonthValue());
      case "MM" -> pad(t.getMonthValue(), 2);
      case "MMM" -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case "MMMM" -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "D" -> String.valueOf(t.getDayOfMonth());
      case "DD" -> pad(t.getDayOfMonth(), 2);
      case "d" -> String.valueOf(t.getDayOfWeek().getValue() % 7);
      case "dd" -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2);
      case "ddd" -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case "dddd" -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "H" -> String.valueOf(t.getHour());
      case "HH" -> pad(t.getHour(), 2);
      case "h" -> String.valueOf(hour12);
      case "hh" -> pad(hour12, 2);
      case "a" -> t.getHour() < 12 ? "am" : "pm";
      case "A" -> t.getHour() < 12 ? "AM" : "PM";
      case "m" -> String.valueOf(t.getMinute());
      case "mm" -> pad(t.getMinute(), 2);
      case "s" -> String.valueOf(t.getSecond());
      case "ss" -> pad(t.getSecond(), 2);
      case "SSS" -> pad(t.getNano() / 1_000_000, 3);
      case "Z" -> offset;
      // dayjs prints the offset without colon for tokens it does not know (e.g. "Y", "YYY")
      default -> offset.replace(":", "");
    };
  }

  private static String pad(int value, int width) {
    String s = String.valueOf(Math.abs(value));
    while (s.length() < width) {
      s = "0" + s;
    }
    return value < 0 ? "-" + s : s;
  }
}
