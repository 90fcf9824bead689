package dev.s3grant.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDifferTest {

    @Test
    void identicalTextsHaveOnlyEqualRowsAndNoUnifiedText() {
        TextDiff diff = TextDiffer.diff("a", "x\ny\n", "b", "x\ny\n");

        assertThat(diff.rows()).extracting(SideBySideRow::kind).containsExactly(RowKind.EQUAL, RowKind.EQUAL);
        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.unified()).isEmpty();
    }

    @Test
    void rowsCarryLineNumbersOfBothSides() {
        TextDiff diff = TextDiffer.diff("a", "one\ntwo\nthree\n", "b", "one\nthree\nfour\n");

        assertThat(diff.rows()).extracting(r -> r.kind() + " " + r.oldSide().number() + ":" + r.oldSide().text()
                        + " | " + r.newSide().number() + ":" + r.newSide().text())
                .containsExactly(
                        "EQUAL 1:one | 1:one",
                        "DELETED 2:two | 0:",
                        "EQUAL 3:three | 2:three",
                        "INSERTED 0: | 3:four");
    }

    @Test
    void changedLinesMarkOnlyTheChangedWords() {
        TextDiff diff = TextDiffer.diff("a", "  bucket = var.bucket_name\n", "b", "  bucket = var.other_name\n");

        SideBySideRow row = diff.rows().get(0);
        assertThat(row.kind()).isEqualTo(RowKind.CHANGED);
        assertThat(row.oldSide().segments()).containsExactly(
                new Segment("  bucket = var.", false), new Segment("bucket_name", true));
        assertThat(row.newSide().segments()).containsExactly(
                new Segment("  bucket = var.", false), new Segment("other_name", true));
    }

    @Test
    void wordMarkersNeverCollideWithTheText() {
        TextDiff diff = TextDiffer.diff("a", "a \uE000 b\n", "b", "a \uE000 c\n");

        assertThat(diff.rows().get(0).oldSide().text()).isEqualTo("a \uE000 b");
        assertThat(diff.rows().get(0).newSide().segments()).containsExactly(
                new Segment("a \uE000 ", false), new Segment("c", true));
    }

    @Test
    void unifiedTextHasHeadersHunksAndThreeLinesOfContext() {
        String old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String now = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        assertThat(TextDiffer.diff("old/main.tf", old, "new/main.tf", now).unified()).containsExactly(
                "--- old/main.tf",
                "+++ new/main.tf",
                "@@ -2,7 +2,7 @@",
                " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8");
    }

    @Test
    void crlfAndLfLinesCompareEqual() {
        assertThat(TextDiffer.diff("a", "x\r\ny\r\n", "b", "x\ny\n").hasChanges()).isFalse();
    }

    @Test
    void unchangedRunsBeyondTheContextAreCollapsed() {
        String old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String now = "a\nb\nc\nd\ne\nf\ng\nH\n";
        TextDiff diff = TextDiffer.diff("a", old, "b", now);

        assertThat(diff.regions(2)).containsExactly(new RowRegion(0, 5, true), new RowRegion(5, 8, false));
        assertThat(diff.regions(0)).containsExactly(new RowRegion(0, 7, true), new RowRegion(7, 8, false));
        assertThat(diff.changeStarts()).containsExactly(7);
    }

    @Test
    void aSingleUnchangedLineIsNeverCollapsed() {
        TextDiff diff = TextDiffer.diff("a", "x\nsame\ny\n", "b", "X\nsame\nY\n");

        assertThat(diff.regions(0)).containsExactly(new RowRegion(0, 3, false));
        assertThat(diff.changeStarts()).containsExactly(0, 2);
    }

    @Test
    void linesSplitAtLfWithoutTheLineBreak() {
        assertThat(TextDiffer.lines("a\r\nb\n\nc")).isEqualTo(List.of("a", "b", "", "c"));
        assertThat(TextDiffer.lines("")).isEmpty();
    }
}
