package sre.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void alignsColumnsToTheWidestCellAndTrimsLineEnds() {
    String text =
        new TextTable("A", "LONG HEADER", "C")
            .row("wide cell", 1, "")
            .row(null, 22, "x")
            .render("  ");

    assertThat(text)
        .isEqualTo(
            "  A          LONG HEADER  C\n" + "  wide cell  1\n" + "             22           x\n");
  }

  @Test
  void rejectsRowsOfTheWrongWidth() {
    assertThatThrownBy(() -> new TextTable("A", "B").row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 cells");
  }
}
