package sre.components.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SRE's datasource chunking: LangChain's recursive character splitter (separators {@code \n\n},
 * {@code \n}, space, then single characters; separators kept at the start of the next piece).
 */
final class TextChunks {
  static final int DEFAULT_SIZE = 512;
  static final int DEFAULT_OVERLAP = 100;
  private static final List<String> SEPARATORS = List.of("\n\n", "\n", " ", "");

  private final int size;
  private final int overlap;

  TextChunks(int size, int overlap) {
    if (overlap >= size) {
      throw new IllegalArgumentException("Cannot have chunkOverlap >= chunkSize");
    }
    this.size = size;
    this.overlap = overlap;
  }

  List<String> split(String text) {
    return split(text, SEPARATORS);
  }

  private List<String> split(String text, List<String> separators) {
    String separator = separators.get(separators.size() - 1);
    List<String> next = List.of();
    for (int i = 0; i < separators.size(); i++) {
      String s = separators.get(i);
      if (s.isEmpty() || text.contains(s)) {
        separator = s;
        next = separators.subList(i + 1, separators.size());
        break;
      }
    }
    List<String> chunks = new ArrayList<>();
    List<String> good = new ArrayList<>();
    for (String piece : pieces(text, separator)) {
      if (piece.length() < size) {
        good.add(piece);
        continue;
      }
      if (!good.isEmpty()) {
        chunks.addAll(merge(good));
        good.clear();
      }
      if (next.isEmpty()) {
        chunks.add(piece);
      } else {
        chunks.addAll(split(piece, next));
      }
    }
    if (!good.isEmpty()) {
      chunks.addAll(merge(good));
    }
    return chunks;
  }

  private static List<String> pieces(String text, String separator) {
    List<String> out = new ArrayList<>();
    if (separator.isEmpty()) {
      text.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
      return out;
    }
    for (String p : text.split("(?=" + Pattern.quote(separator) + ")")) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Joins small pieces into chunks of at most {@code size}, each starting with the overlap. */
  private List<String> merge(List<String> pieces) {
    List<String> docs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int total = 0;
    for (String piece : pieces) {
      int length = piece.length();
      if (total + length > size && !current.isEmpty()) {
        addTrimmed(docs, current);
        while (total > overlap || (total + length > size && total > 0)) {
          total -= current.remove(0).length();
        }
      }
      current.add(piece);
      total += length;
    }
    addTrimmed(docs, current);
    return docs;
  }

  private static void addTrimmed(List<String> docs, List<String> current) {
    String doc = String.join("", current).strip();
    if (!doc.isEmpty()) {
      docs.add(doc);
    }
  }
}
