package sre.cli.internal;

import java.util.ArrayList;
import java.util.List;

/** A left-aligned plain-text table: columns as wide as their widest cell, two spaces apart. */
final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... headers) {
    this.headers = List.of(headers);
  }

  TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(cell == null ? "" : cell.toString());
    }
    rows.add(row);
    return this;
  }

  /** The table with the given indent before every line, each line ending in a newline. */
  String render(String indent) {
    int[] widths = new int[headers.size()];
    for (List<String> line : lines()) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> line : lines()) {
      StringBuilder out = new StringBuilder(indent);
      for (int i = 0; i < widths.length; i++) {
        out.append(line.get(i));
        if (i < widths.length - 1) {
          out.append(" ".repeat(widths[i] - line.get(i).length() + 2));
        }
      }
      text.append(out.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private List<List<String>> lines() {
    List<List<String>> all = new ArrayList<>(rows.size() + 1);
    all.add(headers);
    all.addAll(rows);
    return all;
  }
}
