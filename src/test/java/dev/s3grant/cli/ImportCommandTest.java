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
        assertThat(r.out()).contains("The bucket owner's account cannot be read from the files");
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

    static final Path POLICY_FILES = Path.of("src/test/resources/import/policy-files");

    @Test
    void policyFilesInTheAwsCliFormsBecomeADesignAndTheForeignStatementIsListedWithItsLine() throws Exception {
        Path out = temp.resolve("design.json");
        Run r = DiffCommandsTest.run("import", POLICY_FILES.toString(), "--out", out.toString(), "--lang", "en");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        Design design = DesignFiles.load(out);
        assertThat(design.bucket().name()).isEqualTo("shared-drop-444444444444");
        assertThat(design.bucket().manage()).isFalse();
        assertThat(design.bucket().keyPrefixes()).containsExactly("uploads/");
        assertThat(design.bucketOwner().accountId()).isEqualTo("444444444444");
        assertThat(design.region()).isEqualTo("eu-west-1");
        assertThat(design.organizationId()).isEmpty();
        assertThat(design.writers()).hasSize(1);
        assertThat(design.writers().get(0).accountId()).isEqualTo("333333333333");
        assertThat(design.writers().get(0).roleName()).isEqualTo("app-writer");
        assertThat(design.writers().get(0).alias()).isEqualTo("AppWriter");
        assertThat(design.options().principalStyle()).isEqualTo(PrincipalStyle.ROLE_ARN);
        assertThat(design.options().confusedDeputyGuard()).isTrue();
        assertThat(design.existing().bucketPolicy()).contains("AllowAuditorsRead").doesNotContain("AllowPutFromAppWriter");
        String bucketPolicy = POLICY_FILES.resolve("bucket-policy.json").toString();
        assertThat(r.out()).isEqualTo("Wrote " + out + ": a design with 1 writer(s).\n"
                + "1 part(s) of the files could not be represented in the design:\n"
                + "  " + bucketPolicy + ":11: bucket-policy.json, statement AllowAuditorsRead grants s3:GetObject, which the design does not grant.\n");
    }

    @Test
    void policyFilesInJapaneseNameTheForeignStatement() throws Exception {
        Path out = temp.resolve("design.json");
        Run r = DiffCommandsTest.run("import", POLICY_FILES.toString(), "--out", out.toString(), "--lang", "ja");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("bucket-policy.json:11:", "AllowAuditorsRead", "設計では許可しません");
    }

    @Test
    void aBucketPolicyAloneGivesTheWriterAndListsWhatOnlyOtherFilesCouldSay() throws Exception {
        Path out = temp.resolve("design.json");
        Run r = DiffCommandsTest.run("import", POLICY_FILES.resolve("bucket-policy.json").toString(), "--out", out.toString(),
                "--lang", "en");

        assertThat(r.exit()).isEqualTo(1);
        Design design = DesignFiles.load(out);
        assertThat(design.writers()).extracting(w -> w.accountId() + ":" + w.roleName()).containsExactly("333333333333:app-writer");
        assertThat(r.out()).contains("bucket-policy.json:4: Role app-writer is named by the bucket policy, but no file gives its trust policy",
                "The bucket owner's account cannot be read from the files");
    }

    @Test
    void aTrustPolicyWithoutRoleNameListsTheMissingName() throws Exception {
        Path trust = Files.writeString(temp.resolve("writer-trust.json"), Files.readString(
                Path.of("src/test/resources/golden/policies/ecs-only/A-trust-policy.json")));
        Path out = temp.resolve("design.json");
        Run r = DiffCommandsTest.run("import", trust.toString(), "--out", out.toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(DesignFiles.load(out).writers()).extracting(w -> w.accountId()).containsExactly("111111111111");
        assertThat(r.out()).contains(trust + ": writer-trust.json: the role name cannot be read from a policy document");
    }

    @Test
    void aBrokenPolicyFileIsUnusableWithItsPosition() throws Exception {
        Path broken = Files.writeString(temp.resolve("bucket-policy.json"), "{\"Policy\": 42}");
        Run r = DiffCommandsTest.run("import", broken.toString(), "--out", temp.resolve("d.json").toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(broken.toString());
        assertThat(temp.resolve("d.json")).doesNotExist();
    }
}
