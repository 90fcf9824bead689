package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.text.Localizer;
import dev.s3grant.text.MessageText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The explanations give the reasons behind the design's choices, not only what the elements do. */
class DesignChoiceExplanationTest {

    private static Explanations explain(String golden) {
        Design design = GoldenDesigns.all().get(golden);
        return Explainer.explain(design, PolicyGenerator.generate(design));
    }

    private static Explanation explanation(String golden, String subject) {
        return explain(golden).all().stream().filter(e -> e.subject().equals(subject)).findFirst().orElseThrow();
    }

    private static List<String> noteKeys(Explanation e) {
        return e.notes().stream().map(Message::key).toList();
    }

    private static String english(Explanation e) {
        return ExplainerTest.text(new MessageText(Localizer.of(Language.EN), false), e);
    }

    @Test
    void bucketOwnerEnforcedExplainsWhyThereIsNoPutObjectAcl() {
        Explanation put = explanation("ecsOnly", "AllowPutFromA");
        assertThat(noteKeys(put)).contains("explain.note.noAcl").doesNotContain("explain.note.acl");
        assertThat(english(put)).contains("No s3:PutObjectAcl", "AccessControlListNotSupported");
    }

    @Test
    void bucketOwnerPreferredExplainsThePutObjectAclItsConditionAndTheMultipartCost() {
        Explanation put = explanation("bucketOwnerPreferred", "AllowPutFromA");
        assertThat(noteKeys(put)).contains("explain.note.acl", "explain.note.aclMultipart", "explain.note.cleanupSeparate")
                .doesNotContain("explain.note.noAcl");
        assertThat(put.conditions()).extracting(ConditionNote::key).contains("s3:x-amz-acl");
        assertThat(put.conditions().stream().filter(c -> c.key().equals("s3:x-amz-acl")).findFirst().orElseThrow()
                .why().key()).isEqualTo("explain.cond.acl.why.preferred");
        assertThat(explain("bucketOwnerPreferred").subjects()).contains("AllowUploadCleanupFromA");
    }

    @Test
    void servicesWithoutSourceKeysAreExplainedAsDeliberatelyUnconditioned() {
        Explanation unguarded = explanation("services", "TrustServicesWithoutSourceKeys");
        assertThat(noteKeys(unguarded)).contains("explain.note.noSourceKeys", "explain.note.ownStatement",
                "explain.note.oneServiceKey");
        assertThat(english(unguarded)).contains("lambda.amazonaws.com", "glue.amazonaws.com", "iam:PassRole");
        assertThat(unguarded.conditions()).isEmpty();
        assertThat(explanation("services", "TrustStates").conditions()).extracting(ConditionNote::key)
                .containsExactly("aws:SourceArn", "aws:SourceAccount");
    }

    @Test
    void accountPrincipalConditionSaysWhatItBuysOverARoleArn() {
        ConditionNote principalArn = explanation("ecsOnly", "AllowPutFromA").conditions().get(0);
        assertThat(principalArn.key()).isEqualTo("aws:PrincipalArn");
        String why = new MessageText(Localizer.of(Language.EN), false).render(principalArn.why());
        assertThat(why).contains("arn:aws:iam::111111111111:root", "no apply order", "AROA");
    }

    @Test
    void roleArnPrincipalsRequireTheWritersToBeAppliedFirst() {
        Explanations explanations = explain("roleArn");
        assertThat(explanations.overview().applyOrder()).extracting(Message::key)
                .contains("explain.overview.order.writersFirst").doesNotContain("explain.overview.order.anyOrder");
        assertThat(noteKeys(explanation("roleArn", "AllowPutFromA"))).contains("explain.note.roleArnPrincipal");
        assertThat(noteKeys(explanation("roleArn", "aws_s3_bucket_policy.main"))).contains("explain.note.tfApplyWritersFirst");
        assertThat(explain("ecsOnly").overview().applyOrder()).extracting(Message::key)
                .contains("explain.overview.order.anyOrder");
    }

    @Test
    void defaultEncryptionExplainsWhyNoDenyEnforcesIt() {
        Explanation sse = explanation("ecsOnly", "aws_s3_bucket_server_side_encryption_configuration.main");
        assertThat(noteKeys(sse)).contains("explain.note.noEncryptionDeny");
        assertThat(english(sse)).contains("StringNotEqualsIfExists", "UploadPart", "Null = false");
    }

    @Test
    void underSseKmsTheEncryptionDeniesAreExplainedAsSparingPutsWithoutTheHeader() {
        Explanation sse = explanation("kmsManagedKey", "aws_s3_bucket_server_side_encryption_configuration.main");
        assertThat(noteKeys(sse)).contains("explain.note.encryptionDenies").doesNotContain("explain.note.noEncryptionDeny");
        Explanation deny = explanation("kmsManagedKey", "DenyOtherKmsKeys");
        assertThat(noteKeys(deny)).contains("explain.note.denyOnlyWithHeader");
        assertThat(english(deny)).contains("a key of its own account", "UploadPart", "StringNotEqualsIfExists would not do");
        assertThat(english(explanation("kmsManagedKey", "DenyEncryptionOtherThanKms"))).contains("AES256");
    }

    @Test
    void keyPolicyWithRoleArnPrincipalsNamesKmsAsTheServiceThatChecksThem() {
        Design design = GoldenDesigns.all().get("kmsManagedKey");
        design = design.withOptions(design.options().withPrincipalStyle(PrincipalStyle.ROLE_ARN));
        Explanation keyUse = Explainer.explain(design, PolicyGenerator.generate(design)).all().stream()
                .filter(e -> e.subject().equals("AllowKeyUseFromA")).findFirst().orElseThrow();
        assertThat(noteKeys(keyUse)).contains("explain.note.roleArnPrincipal.key").doesNotContain("explain.note.roleArnPrincipal");
        assertThat(english(keyUse)).contains("KMS checks", "MalformedPolicyDocumentException").doesNotContain("S3 checks");
        assertThat(keyUse.conditions()).extracting(ConditionNote::key).contains("kms:ViaService", "kms:CallerAccount");
        assertThat(english(keyUse)).contains("requests that S3 makes to KMS", "s3.ap-northeast-1.amazonaws.com",
                "callers of account A (111111111111)");
    }

    @Test
    void missingListBucketIsExplainedAs403InsteadOf404() {
        Explanation put = explanation("ecsOnly", "AllowPutFromA");
        assertThat(noteKeys(put)).contains("explain.note.noList");
        assertThat(english(put)).contains("403 Forbidden instead of 404 Not Found");
    }

    @Test
    void keyUseExplainsWhyDecryptIsNeededForMultipart() {
        Explanation key = explanation("kmsExistingKey", "AllowUseOfBucketKmsKey");
        assertThat(english(key)).contains("kms:Decrypt is needed for multipart uploads", GoldenDesigns.EXISTING_KEY_ARN);
        assertThat(noteKeys(key)).containsExactly("explain.note.keyArn");
    }

    @Test
    void managedKeyExplainsWhyTheRolePolicyNamesAnyKeyOfTheOwner() {
        Explanation key = explanation("kmsManagedKey", "AllowUseOfBucketKmsKey");
        assertThat(noteKeys(key)).containsExactly("explain.note.keyWildcard");
        assertThat(english(key)).contains("arn:aws:kms:ap-northeast-1:222222222222:key/*", "AllowKeyUseFromA",
                "kms:ResourceAliases", "alias/central-ingest-222222222222");
        assertThat(explain("kmsManagedKey").subjects()).contains("EnableIamPoliciesOfOwnerAccount", "AllowKeyUseFromA");
    }

    @Test
    void existingKeyStatementsAreToBeAddedNotToReplaceTheKeyPolicy() {
        Explanations explanations = explain("kmsExistingKey");
        assertThat(explanations.overview().applyOrder()).extracting(Message::key).contains("explain.overview.existingKey");
        assertThat(noteKeys(explanation("kmsExistingKey", "AllowKeyUseFromA"))).contains("explain.note.addToExistingKey");
        assertThat(explanations.subjects()).doesNotContain("EnableIamPoliciesOfOwnerAccount", "aws_kms_key.main");
    }

    @Test
    void existingBucketWarnsThatTheBucketPolicyReplacesTheOldOne() {
        assertThat(explain("existingBucket").overview().applyOrder()).extracting(Message::key)
                .contains("explain.overview.existingBucket");
        assertThat(noteKeys(explanation("existingBucket", "aws_s3_bucket_policy.main")))
                .containsExactly("explain.note.tfReplacesExisting", "explain.note.tfDependsOnOwnership",
                        "explain.note.bucketPolicySize");
    }

    @Test
    void aWriterInTheBucketOwnersAccountIsNotExplainedAsACrossAccountWrite() {
        Design example = GoldenDesigns.example();
        Design sameAccount = example.withWriters(List.of(example.writers().get(0).withAccountId("222222222222")));
        Explanation put = Explainer.explain(sameAccount, PolicyGenerator.generate(sameAccount)).all().stream()
                .filter(e -> e.subject().equals("AllowPutFromA")).findFirst().orElseThrow();
        assertThat(Explainer.explain(sameAccount, PolicyGenerator.generate(sameAccount)).overview().requestPath())
                .extracting(Message::key).contains("explain.overview.path.sameAccount");
        assertThat(explain("ecsOnly").overview().requestPath()).extracting(Message::key)
                .doesNotContain("explain.overview.path.sameAccount");
        assertThat(put.why().key()).isEqualTo("explain.stmt.allowPut.why.sameAccount");
        assertThat(put.ifRemoved().key()).isEqualTo("explain.stmt.allowPut.ifRemoved.sameAccount");
        assertThat(explanation("ecsOnly", "AllowPutFromA").why().key()).isEqualTo("explain.stmt.allowPut.why");
    }

    @Test
    void existingBucketGetsItsOwnershipSetAndTheExplanationSaysWhy() {
        assertThat(explain("existingBucket").overview().applyOrder()).extracting(Message::key)
                .contains("explain.overview.existingBucketOwnership")
                .doesNotContain("explain.overview.existingBucketOwnershipNotSet");
        assertThat(noteKeys(explanation("existingBucket", "aws_s3_bucket_ownership_controls.main")))
                .containsExactly("explain.note.tfOwnershipOfExistingBucket");
        assertThat(noteKeys(explanation("existingBucket", "AllowPutFromA"))).contains("explain.note.noAcl");
    }

    @Test
    void existingBucketWhoseOwnershipIsNotSetNeverClaimsWhoOwnsTheObjects() {
        assertThat(explain("existingBucketOwnershipUnset").overview().applyOrder()).extracting(Message::key)
                .contains("explain.overview.existingBucketOwnershipNotSet")
                .doesNotContain("explain.overview.existingBucketOwnership");
        assertThat(noteKeys(explanation("existingBucketOwnershipUnset", "AllowPutFromA")))
                .contains("explain.note.noAcl.ownershipNotSet").doesNotContain("explain.note.noAcl");
        assertThat(noteKeys(explanation("existingBucketOwnershipUnset", "aws_s3_bucket_policy.main")))
                .containsExactly("explain.note.tfReplacesExisting", "explain.note.bucketPolicySize");
    }

    @Test
    void aManagedKeyForAnExistingBucketIsLeftToTheOwnerToCreate() {
        Design kms = GoldenDesigns.all().get("kmsManagedKey");
        Design design = kms.withBucket(kms.bucket().withManage(false));
        Explanations explanations = Explainer.explain(design, PolicyGenerator.generate(design));
        assertThat(explanations.subjects()).doesNotContain("aws_kms_key.main", "aws_kms_alias.main")
                .contains("EnableIamPoliciesOfOwnerAccount", "AllowKeyUseFromA");
        assertThat(explanations.overview().applyOrder()).extracting(Message::key).contains("explain.overview.keyNotCreated");
        assertThat(ExplainerTest.section(explanations, "kms-key-policy.json").summary().key())
                .isEqualTo("explain.doc.key.summary.notCreated");
    }

    @Test
    void overviewNamesWhatCanStillBlockTheRequest() {
        assertThat(explain("ecsOnly").overview().outsideControls()).extracting(Message::key).contains(
                "explain.overview.outside.scp", "explain.overview.outside.rcp", "explain.overview.outside.bpa");
    }

    @Test
    void withoutAnOrganizationTheOverviewSaysTheOrgGuardsAreAbsent() {
        assertThat(explain("noOrganization").overview().requestPath()).extracting(Message::key)
                .contains("explain.overview.path.noOrg").doesNotContain("explain.overview.path.org");
        assertThat(explain("noOrganization").all()).flatExtracting(Explanation::conditions).extracting(ConditionNote::key)
                .doesNotContain("aws:PrincipalOrgID", "aws:ResourceOrgID");
    }

    @Test
    void chinaPartitionExplanationsUseOnlyChinaArns() {
        Design design = GoldenDesigns.all().get("awsCn");
        String markdown = MarkdownRenderer.render(Explainer.explain(design, PolicyGenerator.generate(design)),
                Localizer.of(Language.JA));
        assertThat(markdown).contains("arn:aws-cn:iam::111111111111:role/ecs-cross-account-s3-role", "cn-north-1")
                .doesNotContain("arn:aws:");
    }

    @Test
    void prefixesWithLiteralCharactersAreExplainedWithTheirEscapedFormInBothPolicies() {
        for (String subject : List.of("AllowPutFromA", "AllowPutObjects")) {
            Explanation put = explanation("literalWildcards", subject);
            assertThat(noteKeys(put)).as(subject).contains("explain.note.literalPrefixes");
            assertThat(english(put)).as(subject).contains("incoming*/, price$/ as incoming${*}/, price${$}/");
            assertThat(put.docUrls()).as(subject).contains(DocLinks.POLICY_VARIABLES);
        }
        assertThat(noteKeys(explanation("ecsOnly", "AllowPutFromA"))).doesNotContain("explain.note.literalPrefixes");
        assertThat(explanation("ecsOnly", "AllowPutFromA").docUrls()).doesNotContain(DocLinks.POLICY_VARIABLES);
    }

    @Test
    void aRolePathWithALiteralCharacterIsExplainedWhereAwsPrincipalArnCarriesIt() {
        for (String subject : List.of("AllowPutFromA", "AllowKeyUseFromA")) {
            Explanation e = explanation("literalWildcards", subject);
            assertThat(noteKeys(e)).as(subject).contains("explain.note.literalRolePath");
            assertThat(english(e)).as(subject).contains("role path /team?/ as /team${?}/");
        }
        assertThat(noteKeys(explanation("literalWildcards", "AllowPutObjects"))).doesNotContain("explain.note.literalRolePath");
    }

    @Test
    void rolePathIsPartOfTheRoleArnTheExplanationsName() {
        Explanation role = explanation("threeWriters", "aws_iam_role.writer_a");
        assertThat(english(role)).contains("arn:aws:iam::111111111111:role/workloads/ingest/ecs-cross-account-s3-role");
        assertThat(english(explanation("threeWriters", "AllowPutFromD")))
                .contains("incoming/a/", "incoming/c/", "incoming/d/", "s3:PutObjectTagging");
        assertThat(noteKeys(explanation("threeWriters", "AllowPutFromD")))
                .contains("explain.note.abort.notGranted", "explain.note.tagging");
    }
}
