package dev.s3grant.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the comparison on Terraform texts broken in random ways. */
class SemanticDiffProperties {

    private static final String SEED = SemanticDiffTest.BASE + """

            data "aws_iam_policy_document" "put" {
              statement {
                sid     = "Put"
                actions = ["s3:PutObject"]
                principals {
                  type        = "AWS"
                  identifiers = ["arn:aws:iam::${var.account_a_id}:root"]
                }
                resources = ["${aws_s3_bucket.main.arn}/*"]
                condition {
                  test     = "StringEquals"
                  variable = "aws:PrincipalOrgID"
                  values   = [var.organization_id]
                }
              }
            }

            resource "aws_iam_role" "writer" {
              name               = "writer"
              assume_role_policy = <<-EOT
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                 "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
              EOT
            }

            locals {
              prefixes = [for p in var.prefixes : "${p}/*"]
            }
            """;

    private record Edit(int position, int kind, String text) {
    }

    @Provide
    Arbitrary<String> mutatedTerraform() {
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.integers().between(0, SEED.length()),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of("{", "}", "[", "]", "(", ")", "\"", "=", "#", "\n", "${", "<<EOT\n", ",", "/*", " ", "x"))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(8).map(SemanticDiffProperties::apply);
    }

    private static String apply(List<Edit> edits) {
        StringBuilder text = new StringBuilder(SEED);
        for (Edit e : edits) {
            int at = Math.min(e.position(), text.length());
            switch (e.kind()) {
                case 0 -> text.insert(at, e.text());
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + e.text().length()));
                case 2 -> text.replace(at, Math.min(text.length(), at + 1), e.text());
                default -> {
                    int lineEnd = text.indexOf("\n", at);
                    text.insert(at, text.substring(at, lineEnd < 0 ? text.length() : lineEnd));
                }
            }
        }
        return text.toString();
    }

    @Property(tries = 300)
    void aFileComparedWithItselfHasNoChanges(@ForAll("mutatedTerraform") String text) {
        DiffResult result = TerraformDiff.compareTexts("main.tf", text, text);

        FileDiff file = result.files().get(0);
        assertThat(file.blocks()).isEmpty();
        assertThat(file.text().hasChanges()).isFalse();
        assertThat(result.identicalInMeaning()).isTrue();
    }

    @Property(tries = 300)
    void comparingWithAMutationNeverThrowsAndReportsEveryFormat(@ForAll("mutatedTerraform") String text) {
        DiffResult result = TerraformDiff.compareTexts("main.tf", SEED, text);

        assertThat(DiffTextReport.render(result, Localizer.of(Language.EN), SideNames.OLD_NEW, false)).isNotEmpty();
        assertThat(DiffJson.write(result, true)).startsWith("{");
        assertThat(result.files().get(0).text().hasChanges()).isEqualTo(!TextDiffer.lines(text).equals(TextDiffer.lines(SEED)));
    }
}
