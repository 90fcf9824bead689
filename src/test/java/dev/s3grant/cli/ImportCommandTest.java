package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.cli.DiffCommandsTest.Run;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    static final Path ORIGINAL = Path.of("src/test/resources/import/original");
    static final Path GOLDEN_ECS = Path.of("src/test/resources/golden/terraform/ecs-only/policy-document-variables");

    @TempDir
    Path temp;

    @Test
    void importOfGeneratedFilesWritesTheDesignAndExitsZero() throws Exception {
        Path out = temp.resolve("design.json");
        Run r = DiffCommandsTest.run("import", GOLDEN_ECS.toString(), "--out", out.toString(), "--lang", "en");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Wrote " + out + ": a design with 1 writer(s).\nEvery part of the files is in the design.\n");
        Design design = DesignFiles.load(out);
        assertThat(design).isEqualTo(DesignFiles.example().withOptions(DesignFiles.example().options()
                .withTerraformStyle(dev.s3grant.model.TerraformStyle.POLICY_DOCUMENT)));
    }

    @Test
    void theOriginalConversationsFilesBecomeADesignThatReflectsThemAndListWhatItCannotSay() throws Exception {
        Path out = temp.resolve("design.json");
        Run r = DiffCommandsTest.run("import", ORIGINAL.toString(), "--out", out.toString(), "--lang", "en");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        Design design = DesignFiles.load(out);
        assertThat(design.bucket().name()).isEqualTo("cross-account-bucket-222222222222");
        assertThat(design.bucket().manage()).isTrue();
        assertThat(design.bucket().keyPrefixes()).isEmpty();
        assertThat(design.bucket().blockPublicAccess()).isFalse();
        assertThat(design.bucket().denyInsecureTransport()).isFalse();
        assertThat(design.writers()).hasSize(1);
        assertThat(design.writers().get(0).roleName()).isEqualTo("ecs-cross-account-s3-role");
        assertThat(design.writers().get(0).accountId()).isEqualTo("111111111111");
        assertThat(design.writers().get(0).alias()).isEqualTo("A");
        assertThat(design.writers().get(0).allowAbortMultipartUpload()).isFalse();
        assertThat(design.options().principalStyle()).isEqualTo(PrincipalStyle.ROLE_ARN);
        assertThat(design.options().confusedDeputyGuard()).isFalse();
        assertThat(design.organizationId()).isEmpty();
        // The bucket-policy statement the design cannot say (it also grants s3:PutObjectAcl) is kept as the
        // existing bucket policy, so generating the design merges it back instead of dropping it.
        assertThat(design.existing().hasBucketPolicy()).isTrue();
        assertThat(design.existing().bucketPolicy()).contains("s3:PutObjectAcl");
        assertThat(design.existing().hasKeyPolicy()).isFalse();
        assertThat(r.out()).contains("account_A.tf:", "grants s3:PutObjectAcl, which the design does not grant",
                "account_B.tf:", "is named \"ecs-s3-cross-account-policy\"");
    }

    @Test
    void importInJapaneseAndAsJsonNamesEachPartWithFileAndLine() throws Exception {
        Path out = temp.resolve("design.json");
        Run r = DiffCommandsTest.run("import", ORIGINAL.toString(), "--out", out.toString(), "--lang", "ja", "--format", "json");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"complete\" : false", "\"code\" : \"import.statement.extraActions\"",
                "\"line\" : 22", "設計では許可しません", "\"existingBucketPolicyStatements\" : 1");
    }

    @Test
    void anExistingDesignFileIsKeptWithoutForce() throws Exception {
        Path out = Files.writeString(temp.resolve("design.json"), "{}");
        Run r = DiffCommandsTest.run("import", GOLDEN_ECS.toString(), "--out", out.toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("{}");
    }

    @Test
    void aFolderWithoutTerraformIsUnusable() throws Exception {
        Run r = DiffCommandsTest.run("import", temp.toString(), "--out", temp.resolve("d.json").toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("holds no .tf file");
    }
}
