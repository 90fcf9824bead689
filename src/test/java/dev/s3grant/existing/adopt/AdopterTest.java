package dev.s3grant.existing.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.GrantDesigner;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdopterTest {

    static final Path LAYOUTS = Path.of("src/test/resources/adopt");

    static Design example(TerraformValues values) {
        Design d = DesignFiles.example();
        return d.withOptions(d.options().withTerraformValues(values).withTerraformStyle(TerraformStyle.JSONENCODE));
    }

    static Map<String, String> generated(Design design) {
        Map<String, String> files = new LinkedHashMap<>();
        GrantDesigner.export(design).files().stream().filter(f -> !f.relativePath().contains("/"))
                .forEach(f -> files.put(f.relativePath(), f.content()));
        return files;
    }

    static AdoptedFiles adopt(Design design, String layout) throws InputException {
        return Adopter.adopt(generated(design), ExistingFolder.read(LAYOUTS.resolve(layout)));
    }

    @Test
    void theConversationsRoleAndPolicyMoveToTheDesignsAddresses() throws InputException {
        AdoptedFiles a = adopt(example(TerraformValues.LITERALS), "original");

        assertThat(a.moves()).extracting(Move::from, Move::to, Move::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple("aws_iam_role.ecs_task_role", "aws_iam_role.writer_a", "account_A.tf:2"),
                org.assertj.core.groups.Tuple.tuple("aws_iam_role_policy.ecs_s3_policy", "aws_iam_role_policy.writer_a",
                        "account_A.tf:18"));
        assertThat(a.files().get(Adopter.MOVED_FILE)).isEqualTo("""
                # S3 Grant Designer: resources that the existing files declare under other addresses.
                # Terraform moves them in its state; nothing is destroyed or created again. Keep these blocks.

                moved {
                  from = aws_iam_role.ecs_task_role
                  to   = aws_iam_role.writer_a
                }

                moved {
                  from = aws_iam_role_policy.ecs_s3_policy
                  to   = aws_iam_role_policy.writer_a
                }
                """);
        assertThat(a.leftAlone()).isEmpty();
        assertThat(a.rewritten()).isEmpty();
        assertThat(a.findings()).isEmpty();
    }

    @Test
    void theInlinePolicyKeepsItsExistingNameAndNothingElseChanges() throws InputException {
        Design design = example(TerraformValues.LITERALS);
        Map<String, String> generated = generated(design);
        AdoptedFiles a = adopt(design, "original");

        assertThat(a.kept()).containsExactly(new KeptValue("aws_iam_role_policy.writer_a", "name",
                "ecs-s3-cross-account-policy", "s3-cross-account-put"));
        assertThat(a.files().get("account_A.tf")).isEqualTo(generated.get("account_A.tf")
                .replace("name = \"s3-cross-account-put\"", "name = \"ecs-s3-cross-account-policy\""));
        assertThat(a.files().get("account_A.tf")).isNotEqualTo(generated.get("account_A.tf"));
        assertThat(a.files().get("account_B.tf")).isEqualTo(generated.get("account_B.tf"));
        assertThat(a.files().keySet()).containsExactly("account_A.tf", "account_B.tf", Adopter.MOVED_FILE);
    }

    @Test
    void withVariablesTheDesignsDeclarationsTakeThePlaceOfTheConversations() throws InputException {
        AdoptedFiles a = adopt(example(TerraformValues.VARIABLES), "original");

        assertThat(a.files().keySet()).containsExactly("account_A.tf", "account_B.tf", "variables.tf", "terraform.tfvars",
                Adopter.MOVED_FILE);
        assertThat(a.rewritten()).isEmpty();
        assertThat(a.moves()).hasSize(2);
    }

    @Test
    void blocksTheDesignDoesNotCoverAreLeftAloneWithReferencesToMovedResourcesRenamed() throws InputException {
        AdoptedFiles a = adopt(example(TerraformValues.LITERALS), "other-names");

        assertThat(a.leftAlone()).containsExactly(new LeftAlone("aws_iam_role_policy_attachment.logs", "iam.tf:29"),
                new LeftAlone("aws_s3_bucket_versioning.ingest", "s3.tf:9"));
        assertThat(a.moves()).extracting(Move::to).containsExactly("aws_iam_role.writer_a", "aws_iam_role_policy.writer_a",
                "aws_s3_bucket.main", "aws_s3_bucket_ownership_controls.main", "aws_s3_bucket_public_access_block.main",
                "aws_s3_bucket_server_side_encryption_configuration.main");
        assertThat(a.rewritten()).containsExactly("iam.tf", "s3.tf");
        assertThat(a.files().get("s3.tf")).isEqualTo("""
                locals {
                  bucket = "central-ingest-${var.owner_account}"
                }

                resource "aws_s3_bucket_versioning" "ingest" {
                  bucket = aws_s3_bucket.main.id
                  versioning_configuration {
                    status = "Enabled"
                  }
                }

                output "bucket_arn" {
                  value = aws_s3_bucket.main.arn
                }
                """);
        assertThat(a.files().get("iam.tf")).isEqualTo("""
                resource "aws_iam_role_policy_attachment" "logs" {
                  role       = aws_iam_role.writer_a.name
                  policy_arn = "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"
                }
                """);
    }

    @Test
    void policyDocumentsThatOnlyAdoptedResourcesUseLeaveWithThem() throws InputException {
        AdoptedFiles a = adopt(example(TerraformValues.LITERALS), "policy-documents");

        assertThat(a.leftAlone()).isEmpty();
        assertThat(a.rewritten()).containsExactly("owner.tf", "writer.tf");
        assertThat(a.files().get("owner.tf")).isEqualTo(Adopter.EMPTIED);
        assertThat(a.files().get("writer.tf")).isEqualTo(Adopter.EMPTIED);
    }

    @Test
    void aPolicyDocumentThatAnotherBlockStillUsesStays() {
        Map<String, String> existing = Map.of("main.tf", """
                data "aws_iam_policy_document" "shared" {
                  statement {
                    actions   = ["s3:PutObject"]
                    resources = ["*"]
                  }
                }

                resource "aws_iam_role_policy" "old" {
                  name   = "put"
                  role   = "ecs-cross-account-s3-role"
                  policy = data.aws_iam_policy_document.shared.json
                }

                resource "aws_iam_policy" "other" {
                  policy = data.aws_iam_policy_document.shared.json
                }
                """);
        AdoptedFiles a = Adopter.adopt(generated(example(TerraformValues.LITERALS)), existing);

        assertThat(a.leftAlone()).extracting(LeftAlone::address)
                .containsExactly("data.aws_iam_policy_document.shared", "aws_iam_policy.other");
    }

    @Test
    void aFileWhoseNameTheDesignTakesKeepsItsOtherBlocksBesideIt() {
        Design design = example(TerraformValues.LITERALS);
        Map<String, String> existing = Map.of("account_B.tf", """
                resource "aws_s3_bucket" "data" {
                  bucket = "central-ingest-222222222222"
                }

                resource "aws_sns_topic" "uploads" {
                  name = "uploads-${aws_s3_bucket.data.id}"
                }
                """);
        AdoptedFiles a = Adopter.adopt(generated(design), existing);

        assertThat(a.files().get(Adopter.KEPT_PREFIX + "account_B.tf")).isEqualTo("""
                resource "aws_sns_topic" "uploads" {
                  name = "uploads-${aws_s3_bucket.main.id}"
                }
                """);
        assertThat(a.leftAlone()).containsExactly(new LeftAlone("aws_sns_topic.uploads", "account_B.tf:5"));
    }

    @Test
    void withoutExistingFilesTheOutputIsTheGeneratedOne() {
        Design design = example(TerraformValues.VARIABLES);
        AdoptedFiles a = Adopter.adopt(generated(design), Map.of());

        assertThat(a.files()).isEqualTo(generated(design));
        assertThat(a.moves()).isEmpty();
    }

    @Test
    void adoptingTheAdoptedOutputAgainChangesNothing() throws InputException {
        Design design = example(TerraformValues.LITERALS);
        AdoptedFiles first = adopt(design, "other-names");
        Map<String, String> folder = new LinkedHashMap<>(ExistingFolder.read(LAYOUTS.resolve("other-names")));
        folder.putAll(first.files());

        AdoptedFiles second = Adopter.adopt(generated(design), folder);

        assertThat(second.moves()).isEmpty();
        assertThat(second.rewritten()).isEmpty();
        second.files().forEach((name, text) -> assertThat(text).as(name).isEqualTo(folder.get(name)));
    }
}
