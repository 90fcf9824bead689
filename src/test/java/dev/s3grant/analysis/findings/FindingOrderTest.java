package dev.s3grant.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location.FieldLocation;
import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Message;
import java.util.ArrayList;
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
}
