package dev.s3grant.existing.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.testing.TestDesigns;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The designer's own policy JSON files (its {@code policies/} folder), checked as existing files: each
 * {@code ALIAS-role-policy.json} and {@code ALIAS-trust-policy.json} is the role of writer {@code ALIAS},
 * which the bucket policy names, so every role is the design's, in its account, and every row is as
 * intended, with the design and without it.
 */
class GeneratedPolicyFilesCheckTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/policies");

    static Stream<String> generated() {
        return TestDesigns.names().filter(name -> GOLDEN.resolve(name).toFile().isDirectory());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void theDesignersOwnPolicyFilesPassTheCheckAgainstTheirDesign(String name) throws Exception {
        Design design = TestDesigns.load(name);
        ExistingCheckResult result = ExistingCheck.run(List.of(GOLDEN.resolve(name)), Optional.of(design));

        assertThat(result.grant().writers()).as(SeedConversationCheckTest.dump(result))
                .allSatisfy(w -> assertThat(w.file()).as(w.roleArn()).isNotEmpty());
        assertRowsAsIntended(name, result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void withoutTheDesignEveryRoleIsTheWritersInItsAccountAndEveryRowAsIntended(String name) throws Exception {
        Design design = TestDesigns.load(name);
        ExistingCheckResult result = ExistingCheck.run(List.of(GOLDEN.resolve(name)), Optional.empty());

        assertThat(result.grant().writers()).as(SeedConversationCheckTest.dump(result)).extracting(WriterRole::roleArn)
                .containsExactlyInAnyOrderElementsOf(design.writers().stream().map(w -> Arns.role(design, w)).distinct().toList());
        assertThat(result.grant().writers()).extracting(WriterRole::account)
                .containsExactlyInAnyOrderElementsOf(design.writers().stream().map(Writer::accountId).toList());
        assertRowsAsIntended(name, result);
    }

    private static void assertRowsAsIntended(String name, ExistingCheckResult result) {
        if (name.equals(GeneratedFilesCheckTest.ACL_REQUIRED)) {
            assertThat(result.rows().stream().filter(r -> !r.row().matches()))
                    .as(SeedConversationCheckTest.dump(result)).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.causes()).extracting(Cause::kind).containsExactly(Cause.Kind.ACL_CONDITION));
        } else {
            assertThat(result.rows()).as(SeedConversationCheckTest.dump(result)).allMatch(r -> r.row().matches());
        }
    }
}
