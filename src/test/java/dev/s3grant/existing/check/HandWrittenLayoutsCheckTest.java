package dev.s3grant.existing.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.access.Decision;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written layouts, each with one defect the check must name as the cause of the rows it breaks. */
class HandWrittenLayoutsCheckTest {

    static final Path LAYOUTS = Path.of("src/test/resources/existing/check");

    @TempDir
    Path temp;

    static ExistingCheckResult check(String... folders) throws Exception {
        return ExistingCheck.run(java.util.Arrays.stream(folders).map(LAYOUTS::resolve).toList(), Optional.empty());
    }

    static List<Cause.Kind> causesOf(ExistingCheckResult result, String action) {
        return result.rows().stream().filter(r -> r.row().request().action().equals(action))
                .flatMap(r -> r.causes().stream()).map(Cause::kind).distinct().toList();
    }

    @Test
    void aForeignDenyOnPutObjectIsNamedWithItsStatement() throws Exception {
        ExistingCheckResult result = check("foreign-deny");

        CheckedRow put = result.rows().get(0);
        assertThat(put.row().request().resource()).isEqualTo("arn:aws:s3:::central-ingest-222222222222/incoming/s3grant-check.txt");
        assertThat(put.row().request().caller().principalArn()).isEqualTo("arn:aws:iam::111111111111:role/service/ingest-writer");
        assertThat(put.row().actual().decision()).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(put.causes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Cause.Kind.FOREIGN_DENY);
            assertThat(c.message().args()).containsExactly("bucket.tf#aws_s3_bucket_policy.ingest#NetworkTeamOnlyThroughVpce");
        });
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void anAclConditionUnderBucketOwnerEnforcedBreaksPutsAndMultipartParts() throws Exception {
        ExistingCheckResult result = check("acl-condition");

        assertThat(result.grant().bucketName()).isEqualTo("reports-bucket");
        assertThat(result.grant().writers()).singleElement()
                .satisfies(w -> assertThat(w.roleArn()).isEqualTo("arn:aws:iam::333333333333:role/reports-writer"));
        assertThat(result.rows().stream().filter(r -> r.row().request().action().equals("s3:PutObject")))
                .hasSize(2).allSatisfy(r -> assertThat(r.causes()).extracting(Cause::kind)
                        .containsExactly(Cause.Kind.ACL_CONDITION));
        // the tfvars give the writer's account and the default the bucket; only the owner's account is not said
        assertThat(result.grant().standIns()).containsOnlyKeys(GrantAssembler.OWNER_STAND_IN);
    }

    @Test
    void twoFoldersWithAnotherRoleNameDoNotFitAndTheWritersGoFirst() throws Exception {
        ExistingCheckResult result = check("role-mismatch/writer", "role-mismatch/owner");

        assertThat(causesOf(result, "s3:PutObject")).containsExactly(Cause.Kind.ROLE_NAME_MISMATCH, Cause.Kind.ROLE_NOT_DECLARED);
        assertThat(result.grant().prefixes()).containsExactly("exports/");
        assertThat(result.fit()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("existing.check.fit.roleNotDefined");
            assertThat(m.args()).containsExactly("arn:aws:iam::444444444444:role/exporter-role",
                    LAYOUTS.resolve("role-mismatch/owner").toString());
        });
        assertThat(result.applyOrder()).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("existing.check.applyOrder.writersFirst"));
        assertThat(result.findings()).extracting(f -> f.code()).containsExactly("S3G-007");
    }

    @Test
    void aSourceConditionForLambdaMakesTheRoleImpossibleToAssume() throws Exception {
        ExistingCheckResult result = check("lambda-source");

        assertThat(causesOf(result, "sts:AssumeRole")).containsExactly(Cause.Kind.SOURCE_CONDITION_UNSENT);
        assertThat(causesOf(result, "s3:PutObject")).isEmpty();
    }

    @Test
    void aKeyConditionOnTheObjectArnFailsUnderABucketKey() throws Exception {
        ExistingCheckResult result = check("bucket-key");

        assertThat(result.grant().bucketKey()).isTrue();
        assertThat(causesOf(result, "kms:GenerateDataKey")).containsExactly(Cause.Kind.BUCKET_KEY_CONTEXT);
        assertThat(causesOf(result, "kms:Decrypt")).containsExactly(Cause.Kind.BUCKET_KEY_CONTEXT);
        assertThat(causesOf(result, "s3:PutObject")).isEmpty();
    }

    @Test
    void policyJsonFromTheAwsCliIsCheckedAndAnotherOrganizationsGuardIsAForeignDeny() throws Exception {
        ExistingCheckResult result = check("json-policies");

        assertThat(result.grant().bucketName()).isEqualTo("json-bucket-222222222222");
        assertThat(result.grant().writers()).singleElement().satisfies(w -> {
            assertThat(w.roleArn()).isEqualTo("arn:aws:iam::111111111111:role/json-writer");
            assertThat(w.declared()).isTrue();
        });
        assertThat(result.grant().prefixes()).containsExactly("in/");
        assertThat(result.rows().get(0).causes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Cause.Kind.FOREIGN_DENY);
            assertThat(c.message().args()).containsExactly("bucket-policy.json#OnlyOurOrg");
        });
        assertThat(causesOf(result, "sts:AssumeRole")).isEmpty();
    }
}
