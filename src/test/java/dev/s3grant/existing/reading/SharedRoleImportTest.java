package dev.s3grant.existing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.TerraformImport;
import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.WriterFiles;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.testing.TestDesigns;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden folders of the shared-role style and of the shared writer folder, imported as exported (the writer
 * folder read with its {@code accounts/*.tfvars}), give their design back; a shared-role bucket policy alone gives
 * a writer per listed account and says what it could not tell (decision 0053).
 */
class SharedRoleImportTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/terraform");

    static Stream<Arguments> folders() {
        return Stream.of("shared-role", "shared-role-existing-key", "shared-role-ou", "shared-writer").flatMap(name -> Stream.of(
                Arguments.of(name, TerraformStyle.JSONENCODE, TerraformValues.LITERALS, "jsonencode-literals"),
                Arguments.of(name, TerraformStyle.JSONENCODE, TerraformValues.VARIABLES, "jsonencode-variables"),
                Arguments.of(name, TerraformStyle.POLICY_DOCUMENT, TerraformValues.LITERALS, "policy-document-literals"),
                Arguments.of(name, TerraformStyle.POLICY_DOCUMENT, TerraformValues.VARIABLES, "policy-document-variables")));
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("folders")
    void anExportedFolderGivesItsDesignBack(String name, TerraformStyle style, TerraformValues values, String folder) throws Exception {
        Design golden = TestDesigns.load(name);
        Design design = golden.withOptions(golden.options().withTerraformStyle(style).withTerraformValues(values));

        ImportResult result = TerraformImport.read(List.of(GOLDEN.resolve(name).resolve(folder)));

        assertThat(result.design()).isEqualTo(ImportedDesigns.visible(design));
        assertThat(result.notRepresented()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("folders")
    void theWriterFolderGivenItselfGivesTheWritersWithTheirAccounts(String name, TerraformStyle style, TerraformValues values,
                                                                   String folder) throws Exception {
        Design golden = TestDesigns.load(name);
        Path writer = GOLDEN.resolve(name).resolve(folder).resolve("writer");
        if (!golden.options().sharedWriterFile()) {
            return;
        }
        ImportResult result = TerraformImport.read(List.of(writer));

        assertThat(result.design().options().writerFiles()).isEqualTo(WriterFiles.SHARED);
        assertThat(result.design().writers()).extracting(w -> w.alias() + " " + w.accountId() + " " + w.rolePath() + w.roleName())
                .containsExactly("TeamBlue 633333333333 /workloads/ingest-writer", "TeamGreen 622222222222 /workloads/ingest-writer",
                        "TeamRed 611111111111 /workloads/ingest-writer");
        assertThat(result.design().options().terraformValues()).isEqualTo(values);
    }

    @org.junit.jupiter.api.Test
    void aSharedRoleBucketPolicyAloneGivesAWriterPerListedAccountAndSaysTheAliasesAreMadeUp() throws Exception {
        Design design = TestDesigns.load("shared-role");
        ImportedFile bucketPolicy = PolicyFileImportTest.policyFiles(design).stream()
                .filter(f -> f.name().equals(PolicyGenerator.BUCKET_POLICY_FILE)).findFirst().orElseThrow();

        ImportResult result = TerraformImporter.read(List.of(bucketPolicy));

        assertThat(result.design().options().principalStyle()).isEqualTo(PrincipalStyle.SHARED_ROLE);
        assertThat(result.design().writers()).extracting(w -> w.alias() + " " + w.accountId() + " " + w.rolePath() + w.roleName()
                        + " " + w.allowAbortMultipartUpload())
                .containsExactly("A 111111111111 /workloads/ingest-writer true", "A2 333333333333 /workloads/ingest-writer true",
                        "A3 444444444444 /workloads/ingest-writer true");
        // the owner's account and the key's come from the writers' role policies, which are not given
        assertThat(result.notRepresented()).filteredOn(n -> n.message().key().startsWith("import.sharedRole."))
                .extracting(n -> n.file() + ":" + n.line() + " " + n.message().key() + " " + n.message().args())
                .containsExactly(
                        "policies/bucket-policy.json:4 import.sharedRole.accountWithoutRole [bucket-policy.json, AllowPutFromSharedRole, 111111111111, /workloads/ingest-writer, A]",
                        "policies/bucket-policy.json:4 import.sharedRole.accountWithoutRole [bucket-policy.json, AllowPutFromSharedRole, 333333333333, /workloads/ingest-writer, A2]",
                        "policies/bucket-policy.json:4 import.sharedRole.accountWithoutRole [bucket-policy.json, AllowPutFromSharedRole, 444444444444, /workloads/ingest-writer, A3]");
    }

    @org.junit.jupiter.api.Test
    void writersWhoseFilesDoNotShowTheirAccountTakeTheListedOnesInOrderAndTheImportSaysSo() throws Exception {
        Design golden = TestDesigns.load("shared-role");
        // without the confused-deputy guard the trust policies do not name the writer's account
        Design design = golden.withOptions(golden.options().withConfusedDeputyGuard(false).withTerraformValues(TerraformValues.LITERALS));
        List<ImportedFile> files = ImportRoundTripProperties.files(design, false);

        ImportResult result = TerraformImporter.read(files);

        assertThat(result.design().writers()).extracting(w -> w.alias() + " " + w.accountId())
                .containsExactly("A 111111111111", "C 333333333333", "D 444444444444");
        assertThat(result.notRepresented()).extracting(n -> n.message().key() + " " + n.message().args())
                .containsExactly("import.sharedRole.accountsInOrder [resource.aws_s3_bucket_policy.main, AllowPutFromSharedRole, "
                        + "111111111111, 333333333333, 444444444444, A, C, D]");
    }
}
