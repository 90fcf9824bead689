package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.diff.AccessChange;
import dev.s3grant.diff.ChangeKind;
import dev.s3grant.diff.ConditionChange;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.FileDiff;
import dev.s3grant.diff.PrincipalChange;
import dev.s3grant.diff.SourceFile;
import dev.s3grant.diff.TerraformDiff;
import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The semantic diff of the files the two styles write (what {@code compare} shows for two exports) is exactly the
 * change of who is named: the bucket and key policies swap each writer's account principal and role ARN for
 * {@code "AWS": "*"} with the shared role pattern and the listed accounts; actions, resources, the denies and every
 * writer account's files stay as they were. The diff reads {@code "AWS": "*"} as anyone ({@code *}), and names the
 * statement that takes the first writer's place by its new Sid.
 */
class SharedRoleStylesDiffTest {

    private static final Design DESIGN = TestDesigns.load("shared-role");

    private static Map<String, SourceFile> export(PrincipalStyle style) {
        Map<String, SourceFile> files = new TreeMap<>();
        GrantDesigner.export(DESIGN.withOptions(DESIGN.options().withPrincipalStyle(style))).files()
                .forEach(f -> files.put(f.relativePath(), new SourceFile(f.relativePath(), f.content())));
        return files;
    }

    @Test
    void onlyTheOwnersPoliciesChangeInMeaning() {
        DiffResult diff = TerraformDiff.compare(export(PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION), export(PrincipalStyle.SHARED_ROLE));

        assertThat(diff.files()).filteredOn(f -> !f.identicalInMeaning()).extracting(FileDiff::path)
                .containsExactlyInAnyOrder("account_B.tf", "policies/bucket-policy.json", "policies/kms-key-policy.json");
    }

    @Test
    void theBucketPolicyChangesWhoIsNamedAndNothingElse() {
        List<AccessChange> changes = accessChanges("policies/bucket-policy.json");

        assertThat(changes).extracting(AccessChange::statement)
                .containsExactlyInAnyOrder("AllowPutFromSharedRole", "AllowPutFromC", "AllowPutFromD");
        AccessChange paired = changes.stream().filter(c -> c.kind() == ChangeKind.CHANGED).findFirst().orElseThrow();
        assertThat(paired.actions()).isEmpty();
        assertThat(paired.resources()).isEmpty();
        assertThat(paired.principals()).containsExactlyInAnyOrder(
                new PrincipalChange("AWS", "arn:aws:iam::111111111111:root", ChangeKind.REMOVED),
                new PrincipalChange("*", "*", ChangeKind.ADDED));
        assertThat(paired.conditions()).containsExactlyInAnyOrder(
                new ConditionChange("ArnEquals", "aws:PrincipalArn",
                        List.of("arn:aws:iam::111111111111:role/workloads/ingest-writer"), ChangeKind.REMOVED),
                new ConditionChange("ArnLike", "aws:PrincipalArn",
                        List.of("arn:aws:iam::*:role/workloads/ingest-writer"), ChangeKind.ADDED),
                new ConditionChange("StringEquals", "aws:PrincipalAccount",
                        List.of("111111111111", "333333333333", "444444444444"), ChangeKind.ADDED));
        assertThat(changes).filteredOn(c -> c.kind() == ChangeKind.REMOVED).extracting(AccessChange::statement)
                .containsExactlyInAnyOrder("AllowPutFromC", "AllowPutFromD");
    }

    @Test
    void theKeyPolicyNamesTheWritersTheSameWay() {
        AccessChange paired = accessChanges("policies/kms-key-policy.json").stream()
                .filter(c -> c.kind() == ChangeKind.CHANGED).findFirst().orElseThrow();

        assertThat(paired.actions()).isEmpty();
        assertThat(paired.principals()).containsExactlyInAnyOrder(
                new PrincipalChange("AWS", "arn:aws:iam::111111111111:root", ChangeKind.REMOVED),
                new PrincipalChange("*", "*", ChangeKind.ADDED));
        assertThat(paired.conditions()).containsExactlyInAnyOrder(
                new ConditionChange("ArnEquals", "aws:PrincipalArn",
                        List.of("arn:aws:iam::111111111111:role/workloads/ingest-writer"), ChangeKind.REMOVED),
                new ConditionChange("ArnLike", "aws:PrincipalArn",
                        List.of("arn:aws:iam::*:role/workloads/ingest-writer"), ChangeKind.ADDED),
                new ConditionChange("StringEquals", "kms:CallerAccount", List.of("111111111111"), ChangeKind.REMOVED),
                new ConditionChange("StringEquals", "kms:CallerAccount",
                        List.of("111111111111", "333333333333", "444444444444"), ChangeKind.ADDED));
    }

    private static List<AccessChange> accessChanges(String path) {
        DiffResult diff = TerraformDiff.compare(export(PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION), export(PrincipalStyle.SHARED_ROLE));
        return diff.file(path).orElseThrow().blocks().stream().flatMap(b -> b.access().stream()).toList();
    }
}
