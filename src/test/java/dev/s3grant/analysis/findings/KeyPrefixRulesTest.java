package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.findings.Validation.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyPrefixRulesTest {

    private static Design prefixes(String... prefixes) {
        return Validation.withBucket(b -> b.withKeyPrefixes(List.of(prefixes)));
    }

    @Test
    void separatePrefixesEndingInSlashRaiseNothing() {
        assertThat(Validation.validate(prefixes("incoming/", "exports/daily/", "incoming-b/"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "in\ncoming/", "in\u0000/"})
    void emptyPrefixOrPrefixWithControlCharactersIsAnErrorAndNothingElse(String prefix) {
        assertThat(Validation.validate(prefixes(prefix)))
                .extracting(Finding::code, f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("S3G-064", "bucket.keyPrefixes[0]", List.of(prefix)));
    }

    @Test
    void prefixLongerThanAKeyIsAnError() {
        String tooLong = "ü".repeat(512) + "/";

        assertThat(findings(prefixes(tooLong), KeyPrefixRules.INVALID)).hasSize(1);
        assertThat(findings(prefixes("a".repeat(1023) + "/"), KeyPrefixRules.INVALID)).isEmpty();
    }

    @Test
    void prefixWithoutTrailingSlashIsAWarning() {
        assertThat(findings(prefixes("incoming"), KeyPrefixRules.NO_TRAILING_SLASH))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("bucket.keyPrefixes[0]", List.of("incoming")));
    }

    @Test
    void prefixWithLeadingSlashIsAWarningThatShowsTheKeyClientsWrite() {
        assertThat(findings(prefixes("//incoming/"), KeyPrefixRules.LEADING_SLASH))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("bucket.keyPrefixes[0]", List.of("//incoming/", "incoming/")));
    }

    @Test
    void prefixInsideAnotherIsReportedOnceAtTheLongerOneAsASuggestion() {
        var design = prefixes("incoming/team-a/", "exports/", "incoming/");

        // The longer prefix adds no access: nothing breaks and nothing widens, so the effect is a suggestion.
        assertThat(findings(design, KeyPrefixRules.OVERLAP))
                .extracting(f -> f.location().text(), f -> f.message().args(), Finding::severity)
                .containsExactly(tuple("bucket.keyPrefixes[0]", List.of("incoming/team-a/", "incoming/", "bucket.keyPrefixes[2]"),
                        Severity.SUGGESTION));
    }

    @Test
    void prefixWithoutSlashCoversLongerNames() {
        var design = prefixes("in", "incoming/");

        assertThat(findings(design, KeyPrefixRules.OVERLAP))
                .extracting(f -> f.location().text()).containsExactly("bucket.keyPrefixes[1]");
    }

    @Test
    void samePrefixListedThreeTimesIsReportedOncePerRepetition() {
        var design = prefixes("incoming/", "incoming/", "incoming/");

        assertThat(findings(design, KeyPrefixRules.OVERLAP))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(
                        tuple("bucket.keyPrefixes[1]", List.of("incoming/", "incoming/", "bucket.keyPrefixes[0]")),
                        tuple("bucket.keyPrefixes[2]", List.of("incoming/", "incoming/", "bucket.keyPrefixes[0]")));
    }

    @Test
    void noPrefixIsASuggestionToNarrowTheGrant() {
        assertThat(findings(prefixes(), KeyPrefixRules.NONE))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("bucket.keyPrefixes", List.of("central-ingest-222222222222")));
    }
}
