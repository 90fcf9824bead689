package dev.s3grant.cli;

import static dev.s3grant.cli.DiffCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.cli.DiffCommandsTest.Run;
import dev.s3grant.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --fail-on broadening} on the original conversation's Terraform and hand-written files. */
class CompareGateTest {

    static final Path ORIGINAL_B = DiffCommandsTest.ORIGINAL_B;

    @TempDir
    Path temp;

    static final String JSONENCODE = """
            resource "aws_s3_bucket_policy" "main" {
              bucket = aws_s3_bucket.main.id
              policy = jsonencode({
                Version = "2012-10-17"
                Statement = [{
                  Effect    = "Allow"
                  Principal = { AWS = "arn:aws:iam::${var.account_a_id}:root" }
                  Action    = ["s3:PutObject", "s3:AbortMultipartUpload"]
                  Resource  = "${aws_s3_bucket.main.arn}/*"
                  Condition = { StringEquals = { "aws:PrincipalOrgID" = var.organization_id } }
                }]
              })
            }
            """;

    static final String DOCUMENT = """
            data "aws_iam_policy_document" "bucket" {
              statement {
                effect    = "Allow"
                actions   = ["s3:AbortMultipartUpload"]
                resources = ["${aws_s3_bucket.main.arn}/*"]
                principals {
                  type        = "AWS"
                  identifiers = ["arn:aws:iam::${var.account_a_id}:root"]
                }
                condition {
                  test     = "StringEquals"
                  variable = "aws:PrincipalOrgID"
                  values   = [var.organization_id]
                }
              }
              statement {
                effect    = "Allow"
                actions   = ["s3:PutObject"]
                resources = ["${aws_s3_bucket.main.arn}/*"]
                principals {
                  type        = "AWS"
                  identifiers = ["arn:aws:iam::${var.account_a_id}:root"]
                }
                condition {
                  test     = "StringEquals"
                  variable = "aws:PrincipalOrgID"
                  values   = [var.organization_id]
                }
              }
            }

            resource "aws_s3_bucket_policy" "main" {
              bucket = aws_s3_bucket.main.id
              policy = data.aws_iam_policy_document.bucket.json
            }
            """;

    Path file(String name, String text) throws IOException {
        Path path = temp.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    Path originalWith(String name, String from, String to) throws IOException {
        String text = Files.readString(ORIGINAL_B, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return file(name, text.replace(from, to));
    }

    @Test
    void anActionAddedToTheOriginalBucketPolicyExitsThreeAndNamesARequestOnlyTheNewSideAllows() throws IOException {
        Path now = originalWith("account_B.tf", "\"s3:PutObjectAcl\"", "\"s3:PutObjectAcl\",\n        \"s3:GetObject\"");

        Run r = run("compare", ORIGINAL_B.toString(), now.toString(), "--fail-on", "broadening", "--lang", "en");

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).contains("Broadened: resource.aws_s3_bucket_policy.main.policy now allows "
                + "arn:aws:iam::100000000001:role/ecs-cross-account-s3-role s3:GetObject 100000000000/*\n")
                .endsWith("Verdict: broadened. The new side allows requests the old side did not.\n");
    }

    @Test
    void anActionRemovedFromTheOriginalBucketPolicyExitsZeroAsNarrowed() throws IOException {
        Path now = originalWith("account_B.tf", "\"s3:PutObject\",\n        \"s3:PutObjectAcl\"", "\"s3:PutObject\"");

        Run r = run("compare", ORIGINAL_B.toString(), now.toString(), "--fail-on", "broadening", "--lang", "ja");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).endsWith("判定: 縮小。新しい側が新たに許可するリクエストはありません。\n");
    }

    @Test
    void withoutFailOnADifferenceStillExitsOne() throws IOException {
        Path now = originalWith("account_B.tf", "\"s3:PutObject\",\n        \"s3:PutObjectAcl\"", "\"s3:PutObject\"");

        assertThat(run("compare", ORIGINAL_B.toString(), now.toString()).exit()).isEqualTo(1);
    }

    @Test
    void jsonencodeRewrittenAsAPolicyDocumentWithOneStatementPerActionIsTheSameAccess() throws IOException {
        Path old = file("old.tf", JSONENCODE);
        Path now = file("new.tf", DOCUMENT);

        Run r = run("compare", old.toString(), now.toString(), "--fail-on", "broadening", "--lang", "en");

        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).endsWith("Verdict: same access. The changes do not change what is allowed.\n");
    }

    @Test
    void aNewReferenceCannotBeDecidedAndFailsUnlessUnknownIsAllowed() throws IOException {
        Path old = file("old.tf", JSONENCODE);
        Path now = file("new.tf", JSONENCODE.replace("var.organization_id", "var.other_organization_id"));

        Run failing = run("compare", old.toString(), now.toString(), "--fail-on", "broadening", "--lang", "en");
        Run allowed = run("compare", old.toString(), now.toString(), "--fail-on", "broadening", "--unknown", "allow", "--lang", "en");

        assertThat(failing.exit()).isEqualTo(3);
        assertThat(failing.out()).contains("Cannot be decided exactly, counted as broadening: resource.aws_s3_bucket_policy.main.policy\n")
                .endsWith("Verdict: not decided. Some policies cannot be read exactly; give --unknown allow to accept them.\n");
        assertThat(allowed.exit()).isZero();
        assertThat(allowed.out()).contains("allowed by --unknown allow: resource.aws_s3_bucket_policy.main.policy\n");
    }

    @Test
    void aDynamicStatementCannotBeDecided() throws IOException {
        Path old = file("old.tf", DOCUMENT);
        Path now = file("new.tf", DOCUMENT.replace("  statement {\n    effect    = \"Allow\"\n    actions   = [\"s3:PutObject\"]",
                "  dynamic \"statement\" {\n    for_each = var.extra\n    content {\n      effect = \"Allow\"\n    }\n  }\n  statement {\n    effect    = \"Allow\"\n    actions   = [\"s3:PutObject\"]"));
        assertThat(Files.readString(now)).contains("dynamic");

        Run r = run("compare", old.toString(), now.toString(), "--fail-on", "broadening", "--lang", "en");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("Cannot be decided exactly, counted as broadening: resource.aws_s3_bucket_policy.main.policy\n");
    }

    @Test
    void aDynamicStatementLeftAsItWasDoesNotStopTheGate() throws IOException {
        String dynamic = DOCUMENT.replace("  statement {\n    effect    = \"Allow\"\n    actions   = [\"s3:PutObject\"]",
                "  dynamic \"statement\" {\n    for_each = var.extra\n    content {\n      effect = \"Allow\"\n    }\n  }\n  statement {\n    effect    = \"Allow\"\n    actions   = [\"s3:PutObject\"]");
        Path old = file("old.tf", dynamic);
        Path now = file("new.tf", dynamic + "\nvariable \"extra\" {\n  type = list(any)\n}\n");

        Run r = run("compare", old.toString(), now.toString(), "--fail-on", "broadening", "--lang", "en");

        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).doesNotContain("Cannot be decided");
    }

    @Test
    void aRemovedDenyIsBroadening() throws IOException {
        String withDeny = JSONENCODE.replace("}]\n  })", "}, {\n      Effect = \"Deny\"\n      Principal = \"*\"\n      Action = \"s3:*\"\n"
                + "      Resource = \"${aws_s3_bucket.main.arn}/*\"\n      Condition = { Bool = { \"aws:SecureTransport\" = \"false\" } }\n    }]\n  })");
        assertThat(withDeny).contains("Deny");

        Run r = run("compare", file("old.tf", withDeny).toString(), file("new.tf", JSONENCODE).toString(),
                "--fail-on", "broadening", "--lang", "en");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("aws:SecureTransport=false");
    }

    @Test
    void aFileAgainstAFolderIsUnusable() throws IOException {
        Run r = run("compare", ORIGINAL_B.toString(), temp.toString(), "--fail-on", "broadening");

        assertThat(r.exit()).isEqualTo(2);
    }

    /** The pull-request summary of the original bucket policy gaining s3:GetObject and losing s3:PutObjectAcl. */
    Run summary(String lang) throws IOException {
        Path now = originalWith("account_B.tf", "\"s3:PutObjectAcl\"", "\"s3:GetObject\"");
        return run("compare", ORIGINAL_B.toString(), now.toString(), "--format", "markdown", "--fail-on", "broadening",
                "--lang", lang);
    }

    @Test
    void markdownSummaryInEnglish() throws IOException {
        Run r = summary("en");

        assertThat(r.exit()).isEqualTo(3);
        Golden.assertMatches("compare/summary.en.md", r.out().replace(temp.toString(), "NEW"));
    }

    @Test
    void markdownSummaryInJapanese() throws IOException {
        Run r = summary("ja");

        assertThat(r.exit()).isEqualTo(3);
        Golden.assertMatches("compare/summary.ja.md", r.out().replace(temp.toString(), "NEW"));
    }

    @Test
    void markdownSummaryOfAReformattingSaysFormattingOnly() throws IOException {
        Path old = file("old.tf", JSONENCODE);
        Path now = file("new.tf", JSONENCODE.replace("Effect    = \"Allow\"", "Effect = \"Allow\""));

        Run r = run("compare", old.toString(), now.toString(), "--format", "markdown", "--fail-on", "broadening", "--lang", "en");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("## Access review\n\n**Formatting only: the two sides mean the same.**\n\n"
                + "### Access added and removed\n\nNo statement gains or loses access.\n\n");
    }

    @Test
    void markdownSummaryListsAFindingTheChangeBrings() throws IOException {
        Path old = file("old.tf", JSONENCODE);
        Path now = file("new.tf", JSONENCODE.replace("\"s3:AbortMultipartUpload\"]", "\"s3:AbortMultipartUpload\", \"s3:PutObjectAcl\"]"));

        Run r = run("compare", old.toString(), now.toString(), "--format", "markdown", "--fail-on", "broadening", "--lang", "en");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("### Changed findings\n\n| Change | Severity | Rule | Policy and statement | Finding |\n"
                + "|---|---|---|---|---|\n| new | WARNING | S3G-201 | `new.tf#aws_s3_bucket_policy.main/Statement[1]` | Grants `s3:PutObjectAcl`.");
        assertThat(r.out()).doesNotContain("| resolved |");
    }

    @Test
    void markdownSummaryOfAReformattingHasNoChangedFinding() throws IOException {
        Path old = file("old.tf", JSONENCODE);
        Path now = file("new.tf", JSONENCODE.replace("Effect    = \"Allow\"", "Effect = \"Allow\""));

        Run r = run("compare", old.toString(), now.toString(), "--format", "markdown", "--lang", "ja");

        assertThat(r.out()).contains("### 変わった検出結果\n\nポリシーのルールによる検出結果に増減はありません。\n");
    }

    @Test
    void markdownWithoutFailOnShowsTheVerdictAndExitsOneForADifference() throws IOException {
        Path now = originalWith("account_B.tf", "\"s3:PutObjectAcl\"", "\"s3:GetObject\"");

        Run r = run("compare", ORIGINAL_B.toString(), now.toString(), "--format", "markdown", "--lang", "en");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("**Broadened: the new side allows requests the old side did not.**");
    }
}
