package dev.s3grant.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location.FieldLocation;
import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingOrderTest {

    private static Finding finding(Severity severity, String code, String location) {
        return new Finding(code, severity, new FieldLocation(location), Message.of("k"), "https://example.invalid");
    }

    @Test
    void numbersInLocationsCompareByValue() {
        List<String> locations = new ArrayList<>(List.of("writers[10].alias", "writers[2].alias", "writers[1].roleName",
                "writers[1].alias", "bucket.keyPrefixes[11]", "bucket.keyPrefixes[9]"));
        locations.sort(FindingOrder::compareNatural);

        assertThat(locations).containsExactly("bucket.keyPrefixes[9]", "bucket.keyPrefixes[11]", "writers[1].alias",
                "writers[1].roleName", "writers[2].alias", "writers[10].alias");
    }

    @Test
    void leadingZerosBreakTiesOnly() {
        assertThat(FindingOrder.compareNatural("a007", "a7")).isPositive();
        assertThat(FindingOrder.compareNatural("a007", "a8")).isNegative();
        assertThat(FindingOrder.compareNatural("a7", "a7")).isZero();
        assertThat(FindingOrder.compareNatural("a", "a1")).isNegative();
    }

    @Test
    void severityComesBeforeCodeAndCodeBeforeLocation() {
        List<Finding> findings = new ArrayList<>(List.of(
                finding(Severity.SUGGESTION, "S3G-001", "a"),
                finding(Severity.ERROR, "S3G-090", "a"),
                finding(Severity.ERROR, "S3G-001", "z"),
                finding(Severity.ERROR, "S3G-001", "b")));
        findings.sort(FindingOrder.COMPARATOR);

        assertThat(findings).extracting(Finding::severity, Finding::code, f -> f.location().text()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "S3G-001", "b"),
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "S3G-001", "z"),
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "S3G-090", "a"),
                org.assertj.core.groups.Tuple.tuple(Severity.SUGGESTION, "S3G-001", "a"));
    }

    /** The written-out order (decision 0057) is the chain of comparators it replaces, on every pair of these findings. */
    @Test
    void theOrderIsTheChainOfComparatorsItReplaces() {
        Comparator<Finding> chained = Comparator.comparing(Finding::severity)
                .thenComparing(Finding::code)
                .thenComparing(f -> f.location().text(), FindingOrder::compareNatural)
                .thenComparing(f -> f.message().key())
                .thenComparing(f -> f.message().args().toString());
        List<Finding> findings = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            for (String code : List.of("S3G-001", "S3G-010")) {
                for (String location : List.of("writers[2]", "writers[10]", "bucket")) {
                    for (Message message : List.of(Message.of("a"), Message.of("b"), Message.of("a", 2), Message.of("a", 10))) {
                        findings.add(new Finding(code, severity, new FieldLocation(location), message, "https://example.invalid"));
                    }
                }
            }
        }

        for (Finding a : findings) {
            for (Finding b : findings) {
                assertThat(Integer.signum(FindingOrder.COMPARATOR.compare(a, b))).as("%s, %s", a, b)
                        .isEqualTo(Integer.signum(chained.compare(a, b)));
            }
        }
    }
}
