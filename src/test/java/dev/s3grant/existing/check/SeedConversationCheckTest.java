package dev.s3grant.existing.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.access.Decision;
import dev.s3grant.analysis.access.Expectation;
import dev.s3grant.testing.TestDesigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The original conversation's ECS-only account_A.tf and account_B.tf, checked as they are. */
class SeedConversationCheckTest {

    static final Path ORIGINAL = Path.of("src/test/resources/diff/original");

    @TempDir
    Path temp;

    static Path folderWith(Path folder, String... files) throws IOException {
        Files.createDirectories(folder);
        for (String file : files) {
            Files.copy(ORIGINAL.resolve(file), folder.resolve(file));
        }
        return folder;
    }

    static String dump(ExistingCheckResult result) {
        StringBuilder out = new StringBuilder();
        result.rows().forEach(r -> out.append(r.row().description()).append(" -> ").append(r.row().actual().decision())
                .append(" ").append(r.causes()).append('\n'));
        return out.toString();
    }

    @Test
    void seedFolderGrantsPutObjectAclAndTheRowSaysWhyItMatters() throws Exception {
        ExistingCheckResult result = ExistingCheck.run(List.of(folderWith(temp.resolve("seed"), "account_A.tf", "account_B.tf")),
                Optional.empty());

        assertThat(result.grant().writers()).singleElement()
                .satisfies(w -> assertThat(w.roleArn()).endsWith(":role/ecs-cross-account-s3-role"));
        CheckedRow acl = result.rows().stream().filter(r -> r.row().request().action().equals("s3:PutObjectAcl"))
                .findFirst().orElseThrow();
        assertThat(acl.row().expected()).isEqualTo(Expectation.DENIED);
        assertThat(acl.row().actual().decision()).isEqualTo(Decision.ALLOW);
        assertThat(acl.causes()).extracting(Cause::kind).containsExactly(Cause.Kind.ACL_PERMISSION_UNNEEDED);
        assertThat(result.rows().stream().filter(r -> r.row().request().action().equals("s3:PutObject")))
                .as(dump(result)).allMatch(r -> r.row().matches());
        assertThat(result.asIntended()).isFalse();
    }

    @Test
    void seedFolderLacksTheOrganizationGuardAndTheConfusedDeputyConditions() throws Exception {
        ExistingCheckResult result = ExistingCheck.run(List.of(folderWith(temp.resolve("seed"), "account_A.tf", "account_B.tf")),
                Optional.empty());

        assertThat(result.findings()).extracting(Finding::code).containsExactly("S3G-007", "S3G-044");
        assertThat(result.findings().get(1).message().args()).containsExactly("ecs-tasks.amazonaws.com");
    }

    @Test
    void theSeedSplitIntoTheTwoAccountsFoldersFitsTogetherAndTheWriterGoesFirst() throws Exception {
        Path writer = folderWith(temp.resolve("account-a"), "account_A.tf");
        Path owner = folderWith(temp.resolve("account-b"), "account_B.tf");

        ExistingCheckResult result = ExistingCheck.run(List.of(owner, writer), Optional.empty());

        assertThat(result.fit()).isEmpty();
        assertThat(result.applyOrder()).hasValueSatisfying(m -> {
            assertThat(m.key()).isEqualTo("existing.check.applyOrder.writersFirst");
            assertThat(m.args()).containsExactly(writer.toString(), owner.toString());
        });
    }

    @Test
    void withADesignTheFilesValuesComeFromTheDesignAndItsRowsAreChecked() throws Exception {
        ExistingCheckResult result = ExistingCheck.run(List.of(folderWith(temp.resolve("seed"), "account_A.tf", "account_B.tf")),
                Optional.of(TestDesigns.load("ecs-only")));

        assertThat(result.grant().standIns()).as("every variable of the seed has a value in the design").isEmpty();
        assertThat(result.grant().bucketName()).isEqualTo("central-ingest-222222222222");
        assertThat(result.rows()).filteredOn(r -> !r.row().matches()).extracting(r -> r.row().request().action())
                .as(dump(result)).containsExactly("s3:PutObjectAcl");
    }
}
