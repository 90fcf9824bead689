package dev.s3grant.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The files of an export besides {@code .tf}: JSON policy documents (the {@code policies/} files)
 * are compared by meaning, not read as HCL, and the values of {@code terraform.tfvars} count.
 */
class ExportFilesDiffTest {

    static final String PUT = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "AllowPut",
                  "Effect": "Allow",
                  "Principal": { "AWS": "arn:aws:iam::111111111111:root" },
                  "Action": ["s3:PutObject", "s3:PutObjectAcl"],
                  "Resource": "arn:aws:s3:::bucket/incoming/*"
                }
              ]
            }
            """;

    static FileDiff compare(String oldText, String newText) {
        return TerraformDiff.compareTexts("policies/bucket-policy.json", oldText, newText).files().get(0);
    }

    @Test
    void aReformattedPolicyWithReorderedActionsIsFormattingOnly() {
        String reordered = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"AllowPut\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":[\"arn:aws:iam::111111111111:root\"]},"
                + "\"Action\":[\"s3:PutObjectAcl\",\"s3:PutObject\"],\"Resource\":\"arn:aws:s3:::bucket/incoming/*\"}}\n";

        FileDiff file = compare(PUT, reordered);

        assertThat(file.text().hasChanges()).isTrue();
        assertThat(file.hasErrors()).isFalse();
        assertThat(file.blocks()).singleElement().satisfies(b -> {
            assertThat(b.address()).isEqualTo("policies/bucket-policy.json");
            assertThat(b.label()).isEqualTo(ChangeLabel.FORMATTING_ONLY);
        });
        assertThat(file.identicalInMeaning()).isTrue();
    }

    @Test
    void aRemovedActionIsAnAccessChangeSaidInTheSameWordsAsForTerraform() {
        FileDiff file = compare(PUT, PUT.replace(", \"s3:PutObjectAcl\"", ""));

        assertThat(file.label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
        assertThat(file.identicalInMeaning()).isFalse();
        AccessChange change = file.blocks().get(0).access().get(0);
        assertThat(change.actions()).containsExactly(new ElementChange("s3:PutObjectAcl", ChangeKind.REMOVED));
        assertThat(new ChangeTexts(Localizer.of(Language.EN)).access(change))
                .containsExactly("removes statement AllowPut (Allow) in this policy document: s3:PutObjectAcl"
                        + " on arn:aws:s3:::bucket/incoming/* for AWS arn:aws:iam::111111111111:root");
    }

    @Test
    void aSideThatIsNotJsonIsASyntaxErrorWithItsPositionAndTheTextDiffStillShows() {
        FileDiff file = compare(PUT, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [ }\n");

        assertThat(file.oldErrors()).isEmpty();
        assertThat(file.newErrors()).singleElement().satisfies(e -> assertThat(e.range().startLine()).isEqualTo(3));
        assertThat(file.text().hasChanges()).isTrue();
        assertThat(file.identicalInMeaning()).isFalse();
        assertThat(file.blocks()).isEmpty();
    }

    @Test
    void aPolicyOnOneSideOnlyListsWhatItGrants() {
        DiffResult result = TerraformDiff.compare(Map.of(),
                Map.of("policies/bucket-policy.json", new SourceFile("new/bucket-policy.json", PUT)));

        FileDiff file = result.files().get(0);
        assertThat(file.presence()).isEqualTo(FilePresence.NEW_ONLY);
        assertThat(file.blocks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(ChangeKind.ADDED);
            assertThat(b.label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
        });
    }

    @Test
    void aChangedValueInTfvarsIsAChangeOfThatAttribute() {
        String old = "bucket_name = \"central\"\nregion      = \"ap-northeast-1\"\n";

        FileDiff changed = TerraformDiff.compareTexts("terraform.tfvars", old, old.replace("central", "other")).files().get(0);
        FileDiff realigned = TerraformDiff.compareTexts("terraform.tfvars", old,
                "bucket_name = \"central\" # the bucket\nregion = \"ap-northeast-1\"\n").files().get(0);

        assertThat(changed.blocks()).singleElement().satisfies(b -> {
            assertThat(b.address()).isEqualTo("terraform.tfvars");
            assertThat(b.label()).isEqualTo(ChangeLabel.CHANGED);
            assertThat(b.attributes()).containsExactly(new AttributeChange("bucket_name", ChangeKind.CHANGED, ChangeLabel.CHANGED));
        });
        assertThat(changed.identicalInMeaning()).isFalse();
        assertThat(realigned.blocks()).isEmpty();
        assertThat(realigned.identicalInMeaning()).isTrue();
    }
}
