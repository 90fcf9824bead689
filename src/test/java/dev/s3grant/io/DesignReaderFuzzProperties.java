package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Severity;
import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.model.Design;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The design reader on 10,000 broken inputs each: no exception escapes but its own, and every refusal is positioned. */
class DesignReaderFuzzProperties {

    private static final String NOISE = "{}[],:\"0tfn\\\u00e9\u3042 x";
    private static final List<String> SEEDS = TestDesigns.NAMES.stream().map(TestDesigns::text).toList();

    @Provide
    Arbitrary<String> mutatedDesigns() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<Integer> edits = Arbitraries.integers().between(1, 4);
        return Combinators.combine(seed, edits, Arbitraries.randoms()).as((text, n, random) -> {
            StringBuilder b = new StringBuilder(text);
            for (int i = 0; i < n && b.length() > 0; i++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(4)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                    case 2 -> b.setCharAt(at, (char) (32 + random.nextInt(95)));
                    default -> b.delete(at, Math.min(b.length(), at + random.nextInt(40)));
                }
            }
            return b.toString();
        });
    }

    /**
     * A mutated design is refused with a position, or it loads; then every artifact is produced
     * without an exception, and when no finding other than the access check's is an ERROR (and no
     * existing policy adds statements of its own), the access check passes: every valid design gets
     * a grant that works as intended.
     */
    @Property(tries = 10_000)
    void mutatedDesignsLoadOrAreRefusedWithAPosition(@ForAll("mutatedDesigns") String text) {
        Design design = assertLoadsOrIsRefusedWithPosition(text);
        if (design == null) {
            return;
        }
        DesignArtifacts artifacts = GrantDesigner.artifacts(design);
        boolean valid = artifacts.findings().stream()
                .noneMatch(f -> f.severity() == Severity.ERROR && !f.code().equals(AccessMatrix.MISMATCH_CODE));
        // statements kept from an existing policy are outside the design: what they allow or deny
        // is what the access check reports (docs/decisions/0029-merge-into-existing-policies.md)
        if (valid && design.existing().isEmpty()) {
            assertThat(artifacts.accessMatrix().mismatches()).as("access check of a valid design").isEmpty();
        }
    }

    @Property(tries = 10_000)
    void arbitraryTextLoadsOrIsRefusedWithAPosition(@ForAll String text) {
        assertLoadsOrIsRefusedWithPosition(text);
    }

    private static Design assertLoadsOrIsRefusedWithPosition(String text) {
        try {
            return DesignReader.read(text, "fuzz.json");
        } catch (InputException e) {
            assertThat(e.problem().line()).as("line of %s", e.problem()).isPositive();
            assertThat(e.problem().column()).as("column of %s", e.problem()).isPositive();
            return null;
        }
    }
}
