package dev.s3grant.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.policy.Effect;
import dev.s3grant.text.Localizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SemanticDiffTest {

    static final String BASE = """
            # Bucket policy for the writers
            resource "aws_s3_bucket_policy" "main" {
              bucket = aws_s3_bucket.main.id
              policy = jsonencode({
                Version = "2012-10-17"
                Statement = [
                  {
                    Sid       = "AllowPut"
                    Effect    = "Allow"
                    Principal = { AWS = "arn:aws:iam::111111111111:role/writer" }
                    Action    = ["s3:PutObject", "s3:AbortMultipartUpload"]
                    Resource  = "arn:aws:s3:::bucket/incoming/*"
                  },
                  {
                    Sid       = "AllowList"
                    Effect    = "Allow"
                    Principal = { AWS = "arn:aws:iam::111111111111:role/writer" }
                    Action    = "s3:ListBucket"
                    Resource  = "arn:aws:s3:::bucket"
                  }
                ]
              })
            }

            variable "bucket_name" {
              type    = string
              default = "bucket"
            }
            """;

    static FileDiff diff(String oldText, String newText) {
        return TerraformDiff.compareTexts("main.tf", oldText, newText).files().get(0);
    }

    static BlockChange block(FileDiff file, String address) {
        return file.blocks().stream().filter(b -> b.address().equals(address)).findFirst().orElseThrow();
    }

    static AccessChange onlyAccessChange(BlockChange block) {
        assertThat(block.access()).hasSize(1);
        return block.access().get(0);
    }

    @Test
    void identicalFilesHaveNoChanges() {
        FileDiff file = diff(BASE, BASE);

        assertThat(file.text().hasChanges()).isFalse();
        assertThat(file.blocks()).isEmpty();
        assertThat(file.identicalInMeaning()).isTrue();
    }

    @Test
    void layoutChangesAreFormattingOnly() {
        String reformatted = BASE
                .replace("    Sid       = \"AllowPut\"", "    Sid = \"AllowPut\"")
                .replace("Action    = [\"s3:PutObject\", \"s3:AbortMultipartUpload\"]",
                        "Action = [\n          \"s3:PutObject\",\n          \"s3:AbortMultipartUpload\",\n        ]")
                .replace("  type    = string", "  type = string");

        FileDiff file = diff(BASE, reformatted);

        assertThat(file.text().hasChanges()).isTrue();
        assertThat(file.blocks()).extracting(BlockChange::address, BlockChange::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("resource.aws_s3_bucket_policy.main", ChangeLabel.FORMATTING_ONLY),
                org.assertj.core.groups.Tuple.tuple("variable.bucket_name", ChangeLabel.FORMATTING_ONLY));
        assertThat(file.blocks()).allSatisfy(b -> assertThat(b.attributes()).isEmpty());
        assertThat(file.identicalInMeaning()).isTrue();
    }

    @Test
    void commentOnlyChangesDoNotChangeTheMeaning() {
        String commented = BASE
                .replace("# Bucket policy for the writers", "// The bucket policy, reviewed by the platform team")
                .replace("  bucket = aws_s3_bucket.main.id", "  bucket = aws_s3_bucket.main.id # the managed bucket\n  /* policy below */");

        FileDiff file = diff(BASE, commented);

        assertThat(file.blocks()).extracting(BlockChange::address, BlockChange::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("resource.aws_s3_bucket_policy.main", ChangeLabel.FORMATTING_ONLY));
        assertThat(file.identicalInMeaning()).isTrue();
    }

    @Test
    void reorderedListsAndStatementsAreFormattingOnly() {
        String reordered = """
                # Bucket policy for the writers
                resource "aws_s3_bucket_policy" "main" {
                  bucket = aws_s3_bucket.main.id
                  policy = jsonencode({
                    Statement = [
                      {
                        Resource  = "arn:aws:s3:::bucket"
                        Action    = ["s3:ListBucket"]
                        Principal = { AWS = ["arn:aws:iam::111111111111:role/writer"] }
                        Effect    = "Allow"
                        Sid       = "AllowList"
                      },
                      {
                        Sid       = "AllowPut"
                        Effect    = "Allow"
                        Principal = { AWS = "arn:aws:iam::111111111111:role/writer" }
                        Action    = ["s3:AbortMultipartUpload", "s3:PutObject"]
                        Resource  = "arn:aws:s3:::bucket/incoming/*"
                      }
                    ]
                    Version = "2012-10-17"
                  })
                }

                variable "bucket_name" {
                  default = "bucket"
                  type    = string
                }
                """;

        FileDiff file = diff(BASE, reordered);

        BlockChange policy = block(file, "resource.aws_s3_bucket_policy.main");
        assertThat(policy.label()).isEqualTo(ChangeLabel.FORMATTING_ONLY);
        assertThat(policy.attributes()).containsExactly(
                new AttributeChange("policy", ChangeKind.CHANGED, ChangeLabel.FORMATTING_ONLY));
        assertThat(policy.access()).isEmpty();
        assertThat(block(file, "variable.bucket_name").label()).isEqualTo(ChangeLabel.FORMATTING_ONLY);
        assertThat(file.identicalInMeaning()).isTrue();
    }

    @Test
    void aChangedPrefixChangesTheResourceOfTheStatement() {
        FileDiff file = diff(BASE, BASE.replace("bucket/incoming/*", "bucket/uploads/*"));

        BlockChange policy = block(file, "resource.aws_s3_bucket_policy.main");
        assertThat(policy.label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
        AccessChange change = onlyAccessChange(policy);
        assertThat(change.statement()).isEqualTo("AllowPut");
        assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
        assertThat(change.resources()).containsExactly(
                new ElementChange("arn:aws:s3:::bucket/incoming/*", ChangeKind.REMOVED),
                new ElementChange("arn:aws:s3:::bucket/uploads/*", ChangeKind.ADDED));
        assertThat(change.actions()).isEmpty();
        assertThat(change.principals()).isEmpty();
        assertThat(file.identicalInMeaning()).isFalse();
    }

    @Test
    void anAddedStatementIsListedWithEverythingItGrants() {
        String withTls = BASE.replace("      }\n    ]", """
                      },
                      {
                        Sid       = "DenyInsecureTransport"
                        Effect    = "Deny"
                        Principal = "*"
                        Action    = "s3:*"
                        Resource  = ["arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*"]
                        Condition = { Bool = { "aws:SecureTransport" = "false" } }
                      }
                    ]""".stripTrailing());
        assertThat(withTls).isNotEqualTo(BASE);

        AccessChange change = onlyAccessChange(block(diff(BASE, withTls), "resource.aws_s3_bucket_policy.main"));

        assertThat(change.kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(change.statement()).isEqualTo("DenyInsecureTransport");
        assertThat(change.effect()).isEqualTo(Effect.Deny);
        assertThat(change.actions()).containsExactly(new ElementChange("s3:*", ChangeKind.ADDED));
        assertThat(change.resources()).extracting(ElementChange::value)
                .containsExactly("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*");
        assertThat(change.principals()).containsExactly(new PrincipalChange("*", "*", ChangeKind.ADDED));
        assertThat(change.conditions()).containsExactly(
                new ConditionChange("Bool", "aws:SecureTransport", List.of("false"), ChangeKind.ADDED));
    }

    @Test
    void removedActionAndConditionAreListedForTheStatement() {
        String old = BASE.replace("Action    = [\"s3:PutObject\", \"s3:AbortMultipartUpload\"]",
                "Action    = [\"s3:PutObject\", \"s3:PutObjectAcl\", \"s3:AbortMultipartUpload\"]\n"
                        + "        Condition = { StringEquals = { \"s3:x-amz-acl\" = \"bucket-owner-full-control\" } }");

        AccessChange change = onlyAccessChange(block(diff(old, BASE), "resource.aws_s3_bucket_policy.main"));

        assertThat(change.statement()).isEqualTo("AllowPut");
        assertThat(change.actions()).containsExactly(new ElementChange("s3:PutObjectAcl", ChangeKind.REMOVED));
        assertThat(change.conditions()).containsExactly(new ConditionChange(
                "StringEquals", "s3:x-amz-acl", List.of("bucket-owner-full-control"), ChangeKind.REMOVED));
    }

    @Test
    void aPolicyRewrittenAsAPolicyDocumentWithTheSameMeaningIsFormattingOnly() {
        String asDocument = """
                # Bucket policy for the writers
                data "aws_iam_policy_document" "bucket" {
                  statement {
                    sid     = "AllowPut"
                    actions = ["s3:AbortMultipartUpload", "s3:PutObject"]
                    principals {
                      type        = "AWS"
                      identifiers = ["arn:aws:iam::111111111111:role/writer"]
                    }
                    resources = ["arn:aws:s3:::bucket/incoming/*"]
                  }
                  statement {
                    sid       = "AllowList"
                    effect    = "Allow"
                    actions   = ["s3:ListBucket"]
                    resources = ["arn:aws:s3:::bucket"]
                    principals {
                      type        = "AWS"
                      identifiers = ["arn:aws:iam::111111111111:role/writer"]
                    }
                  }
                }

                resource "aws_s3_bucket_policy" "main" {
                  bucket = aws_s3_bucket.main.id
                  policy = data.aws_iam_policy_document.bucket.json
                }

                variable "bucket_name" {
                  type    = string
                  default = "bucket"
                }
                """;

        FileDiff file = diff(BASE, asDocument);

        BlockChange policy = block(file, "resource.aws_s3_bucket_policy.main");
        assertThat(policy.label()).isEqualTo(ChangeLabel.FORMATTING_ONLY);
        assertThat(policy.attributes()).containsExactly(
                new AttributeChange("policy", ChangeKind.CHANGED, ChangeLabel.FORMATTING_ONLY));
        BlockChange document = block(file, "data.aws_iam_policy_document.bucket");
        assertThat(document.kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(document.label()).isEqualTo(ChangeLabel.FORMATTING_ONLY);
        assertThat(file.identicalInMeaning()).isTrue();
    }

    @Test
    void anAddedPolicyDocumentIsAnAccessChangeWhenABlockThatUsesItChangesAccess() {
        String asDocument = """
                data "aws_iam_policy_document" "bucket" {
                  statement {
                    actions   = ["s3:PutObject"]
                    resources = ["arn:aws:s3:::bucket/incoming/*"]
                    principals {
                      type        = "AWS"
                      identifiers = ["arn:aws:iam::111111111111:role/writer"]
                    }
                  }
                }

                resource "aws_s3_bucket_policy" "main" {
                  bucket = aws_s3_bucket.main.id
                  policy = data.aws_iam_policy_document.bucket.json
                }

                variable "bucket_name" {
                  type    = string
                  default = "bucket"
                }
                """;

        FileDiff file = diff(BASE, asDocument);

        assertThat(block(file, "resource.aws_s3_bucket_policy.main").label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
        BlockChange document = block(file, "data.aws_iam_policy_document.bucket");
        assertThat(document.kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(document.label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
    }

    @Test
    void anAddedPolicyDocumentThatNothingUsesIsChanged() {
        String unused = BASE + """

                data "aws_iam_policy_document" "spare" {
                  statement {
                    actions   = ["s3:GetObject"]
                    resources = ["arn:aws:s3:::bucket/*"]
                  }
                }
                """;

        FileDiff file = diff(BASE, unused);

        BlockChange document = block(file, "data.aws_iam_policy_document.spare");
        assertThat(document.kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(document.label()).isEqualTo(ChangeLabel.CHANGED);
        assertThat(file.blocks()).extracting(BlockChange::address).containsExactly("data.aws_iam_policy_document.spare");
    }

    @Test
    void aPolicyDocumentThatGrantsMoreIsAnAccessChangeOfTheResourceThatUsesIt() {
        String document = """
                data "aws_iam_policy_document" "bucket" {
                  statement {
                    actions   = ["s3:PutObject"]
                    resources = ["arn:aws:s3:::bucket/*"]
                    principals {
                      type        = "AWS"
                      identifiers = ["arn:aws:iam::111111111111:root"]
                    }
                  }
                }
                """;
        String resource = """
                resource "aws_s3_bucket_policy" "main" {
                  bucket = "bucket"
                  policy = data.aws_iam_policy_document.bucket.json
                }
                """;
        Map<String, SourceFile> old = Map.of("policy.tf", new SourceFile("policy.tf", document),
                "main.tf", new SourceFile("main.tf", resource));
        Map<String, SourceFile> now = Map.of("policy.tf", new SourceFile("policy.tf",
                        document.replace("[\"s3:PutObject\"]", "[\"s3:PutObject\", \"s3:PutObjectAcl\"]")),
                "main.tf", new SourceFile("main.tf", resource));

        DiffResult result = TerraformDiff.compare(old, now);

        FileDiff main = result.file("main.tf").orElseThrow();
        assertThat(main.text().hasChanges()).isFalse();
        assertThat(main.blocks()).singleElement().satisfies(b -> {
            assertThat(b.label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
            assertThat(b.access()).singleElement().satisfies(a ->
                    assertThat(a.actions()).containsExactly(new ElementChange("s3:PutObjectAcl", ChangeKind.ADDED)));
        });
        BlockChange data = result.file("policy.tf").orElseThrow().blocks().get(0);
        assertThat(data.address()).isEqualTo("data.aws_iam_policy_document.bucket");
        assertThat(data.label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
        assertThat(data.attributes()).containsExactly(
                new AttributeChange("statement.actions", ChangeKind.CHANGED, ChangeLabel.ACCESS_CHANGED));
        assertThat(result.identicalInMeaning()).isFalse();
    }

    @Test
    void aHeredocJsonPolicyIsComparedByMeaning() {
        String heredoc = """
                # Bucket policy for the writers
                resource "aws_s3_bucket_policy" "main" {
                  bucket = aws_s3_bucket.main.id
                  policy = <<-EOT
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        {"Sid": "AllowList", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111111111111:role/writer"},
                         "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::bucket"},
                        {"Sid": "AllowPut", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111111111111:role/writer"},
                         "Action": ["s3:PutObject", "s3:AbortMultipartUpload"], "Resource": "arn:aws:s3:::bucket/incoming/*"}
                      ]
                    }
                  EOT
                }

                variable "bucket_name" {
                  type    = string
                  default = "bucket"
                }
                """;

        FileDiff file = diff(BASE, heredoc);

        assertThat(block(file, "resource.aws_s3_bucket_policy.main").label()).isEqualTo(ChangeLabel.FORMATTING_ONLY);
        assertThat(file.identicalInMeaning()).isTrue();
    }

    @Test
    void interpolationsAndReferencesStayAsTextAndCompareEqual() {
        String old = "resource \"aws_s3_bucket_policy\" \"p\" {\n  policy = jsonencode({\n    Statement = [{\n"
                + "      Effect = \"Allow\"\n      Action = \"s3:PutObject\"\n      Resource = aws_s3_bucket.main.arn\n"
                + "      Principal = { AWS = \"arn:aws:iam::${var.account_a_id}:root\" }\n    }]\n  })\n}\n";
        String now = old.replace("Resource = aws_s3_bucket.main.arn", "Resource = \"${aws_s3_bucket.main.arn}\"")
                .replace("${var.account_a_id}", "${ var.account_a_id }");

        FileDiff file = diff(old, now);

        assertThat(file.blocks()).singleElement().extracting(BlockChange::label).isEqualTo(ChangeLabel.FORMATTING_ONLY);
    }

    @Test
    void changedValuesOutsidePoliciesAreChangedAttributes() {
        FileDiff file = diff(BASE, BASE.replace("default = \"bucket\"", "default = \"other\""));

        assertThat(file.blocks()).singleElement().satisfies(b -> {
            assertThat(b.address()).isEqualTo("variable.bucket_name");
            assertThat(b.label()).isEqualTo(ChangeLabel.CHANGED);
            assertThat(b.attributes()).containsExactly(new AttributeChange("default", ChangeKind.CHANGED, ChangeLabel.CHANGED));
        });
    }

    @Test
    void addedAndRemovedBlocksAreListedByAddress() {
        String now = BASE.replace("variable \"bucket_name\"", "variable \"bucket\"")
                + "\nprovider \"aws\" {\n  alias  = \"log_archive\"\n  region = \"ap-northeast-1\"\n}\n";

        FileDiff file = diff(BASE, now);

        assertThat(file.blocks()).extracting(b -> ChangeTexts.marker(b.kind()) + " " + b.address()).containsExactly(
                "- variable.bucket_name", "+ variable.bucket", "+ provider.aws.log_archive");
    }

    @Test
    void aFileOnOneSideOnlyIsListedWithWhatItsPoliciesGrant() {
        Map<String, SourceFile> old = Map.of("main.tf", new SourceFile("old/main.tf", BASE),
                "extra.tf", new SourceFile("old/extra.tf", "output \"arn\" {\n  value = \"x\"\n}\n"));
        Map<String, SourceFile> now = Map.of("main.tf", new SourceFile("new/main.tf", BASE));

        DiffResult result = TerraformDiff.compare(old, now);

        assertThat(result.oneSidedFiles()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("extra.tf");
            assertThat(f.presence()).isEqualTo(FilePresence.OLD_ONLY);
            assertThat(f.blocks()).extracting(BlockChange::address, BlockChange::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("output.arn", ChangeKind.REMOVED));
        });
        assertThat(result.identicalInMeaning()).isFalse();
        String report = DiffTextReport.render(result, Localizer.of(Language.EN), SideNames.OLD_NEW, false);
        assertThat(report).contains("Only in OLD: extra.tf\n  - output.arn: removed\n");

        DiffResult reversed = TerraformDiff.compare(now, old);
        BlockChange added = reversed.file("main.tf").orElseThrow().blocks().isEmpty()
                ? null : reversed.file("main.tf").orElseThrow().blocks().get(0);
        assertThat(added).isNull();
        DiffResult onlyNew = TerraformDiff.compare(Map.of(), now);
        BlockChange policy = block(onlyNew.files().get(0), "resource.aws_s3_bucket_policy.main");
        assertThat(policy.kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(policy.label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
        assertThat(policy.access()).extracting(AccessChange::statement, AccessChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("AllowPut", ChangeKind.ADDED),
                org.assertj.core.groups.Tuple.tuple("AllowList", ChangeKind.ADDED));
    }

    @Test
    void aSyntaxErrorInTheExistingFileKeepsTheTextDiffAndGivesItsPosition() {
        String broken = BASE.replace("  bucket = aws_s3_bucket.main.id", "  bucket = = aws_s3_bucket.main.id")
                .replace("default = \"bucket\"", "default = \"other\"");

        DiffResult result = TerraformDiff.compare(Map.of("account_B.tf", new SourceFile("existing/account_B.tf", broken)),
                Map.of("account_B.tf", new SourceFile("generated/account_B.tf", BASE)));

        FileDiff file = result.files().get(0);
        assertThat(file.oldErrors()).isNotEmpty();
        assertThat(file.oldErrors().get(0).range().start()).isEqualTo("3:12");
        assertThat(file.text().rows()).filteredOn(SideBySideRow::changed).extracting(r -> r.oldSide().number())
                .containsExactly(3, 27);
        assertThat(block(file, "variable.bucket_name").attributes())
                .containsExactly(new AttributeChange("default", ChangeKind.CHANGED, ChangeLabel.CHANGED));
        assertThat(file.identicalInMeaning()).isFalse();
        String report = DiffTextReport.render(result, Localizer.of(Language.EN), SideNames.EXISTING_GENERATED, false);
        assertThat(report).contains("--- existing/account_B.tf\n+++ generated/account_B.tf\n")
                .contains("-  bucket = = aws_s3_bucket.main.id\n")
                .contains("  existing/account_B.tf:3:12: syntax error: ");
    }

    @Test
    void ignoringFormattingHidesFormattingOnlyChanges() {
        String now = BASE.replace("  type    = string", "  type = string").replace("bucket/incoming/*", "bucket/uploads/*");
        DiffResult result = TerraformDiff.compareTexts("main.tf", BASE, now);

        String shown = DiffTextReport.render(result, Localizer.of(Language.EN), SideNames.OLD_NEW, false);
        String hidden = DiffTextReport.render(result, Localizer.of(Language.EN), SideNames.OLD_NEW, true);

        assertThat(shown).contains("~ variable.bucket_name: formatting only");
        assertThat(hidden).doesNotContain("variable.bucket_name")
                .contains("~ resource.aws_s3_bucket_policy.main: access changed")
                .contains("1 formatting-only changes hidden.");
    }
}
