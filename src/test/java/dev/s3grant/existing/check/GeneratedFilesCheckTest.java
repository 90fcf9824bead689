package dev.s3grant.existing.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.testing.TestDesigns;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The designer's own Terraform, checked as existing files against the design that generated it, in
 * every style and values mode: every row is as intended. The check reads the files' meaning, so this
 * holds only when reading, resolving and evaluating agree with what the generator wrote.
 */
class GeneratedFilesCheckTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/terraform");
    static final List<String> STYLES = List.of("jsonencode-literals", "jsonencode-variables",
            "policy-document-literals", "policy-document-variables");

    /** Every golden folder, a shared writer folder too: {@code check} reads it once per account (decision 0053). */
    static Stream<Arguments> generated() {
        return TestDesigns.names().flatMap(name -> STYLES.stream()
                .filter(style -> GOLDEN.resolve(name).resolve(style).toFile().isDirectory())
                .map(style -> Arguments.of(name, style)));
    }

    /** Under BucketOwnerPreferred the design requires the ACL header, which UploadPart cannot carry (S3G-071). */
    static final String ACL_REQUIRED = "bucket-owner-preferred";

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("generated")
    void theDesignersOwnFilesPassTheCheckAgainstTheirDesign(String name, String style) throws Exception {
        Design design = TestDesigns.load(name);
        ExistingCheckResult result = ExistingCheck.run(List.of(GOLDEN.resolve(name).resolve(style)), Optional.of(design));

        assertThat(result.grant().unread()).isEmpty();
        assertThat(result.grant().standIns()).isEmpty();
        if (name.equals(ACL_REQUIRED)) {
            assertThat(result.rows().stream().filter(r -> !r.row().matches()))
                    .as(SeedConversationCheckTest.dump(result)).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.causes()).extracting(Cause::kind).containsExactly(Cause.Kind.ACL_CONDITION));
        } else {
            assertThat(result.rows()).as(SeedConversationCheckTest.dump(result)).allMatch(r -> r.row().matches());
        }
    }

    static Stream<Arguments> sharedRole() {
        // the literal folders: without a design, the variables folders leave the services' and the key's rows to stand-ins
        return Stream.of("shared-role", "shared-role-existing-key", "shared-writer").flatMap(name -> STYLES.stream()
                .filter(style -> style.endsWith("-literals")).map(style -> Arguments.of(name, style)));
    }

    /**
     * Without a design, the files of the shared-role style and of a shared writer folder still tie every role to its
     * account (its trust policy's aws:SourceAccount, its accounts/<alias>.tfvars), with no stand-in (decision 0053).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sharedRole")
    void theSharedStylesFilesCheckAsIntendedWithoutADesignAndEveryWriterInItsAccount(String name, String style) throws Exception {
        Design design = TestDesigns.load(name);
        ExistingCheckResult result = ExistingCheck.run(List.of(GOLDEN.resolve(name).resolve(style)), Optional.empty());

        assertThat(result.grant().standIns()).isEmpty();
        assertThat(result.grant().writers()).extracting(WriterRole::account)
                .containsExactlyInAnyOrderElementsOf(design.writers().stream().map(w -> w.accountId()).toList());
        assertThat(result.rows()).as(SeedConversationCheckTest.dump(result)).allMatch(r -> r.row().matches());
    }
}
