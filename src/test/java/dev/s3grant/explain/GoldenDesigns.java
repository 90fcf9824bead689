package dev.s3grant.explain;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.Partition;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Principals;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The designs every explanation test runs on: the built-in example and one variation per choice. */
final class GoldenDesigns {

    static final String EXISTING_KEY_ARN = "arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private GoldenDesigns() {
    }

    static Design example() {
        return DesignFiles.example();
    }

    static Map<String, Design> all() {
        Design example = example();
        Writer a = example.writers().get(0);
        Map<String, Design> designs = new LinkedHashMap<>();
        designs.put("ecsOnly", example);
        designs.put("services", example.withWriters(List.of(a.withPrincipals(new Principals(PrincipalMode.SERVICES,
                List.of("ecs-tasks.amazonaws.com", "lambda.amazonaws.com", "glue.amazonaws.com", "states.amazonaws.com"))))));
        designs.put("threeWriters", example
                .withBucket(example.bucket().withKeyPrefixes(List.of("incoming/a/", "incoming/c/", "incoming/d/")))
                .withWriters(List.of(
                        a.withRolePath("/workloads/ingest/"),
                        a.withAlias("C").withAccountId("333333333333").withRoleName("c-writer"),
                        a.withAlias("D").withAccountId("444444444444").withRoleName("d-writer")
                                .withAllowAbortMultipartUpload(false).withAllowPutObjectTagging(true))));
        designs.put("kmsExistingKey", example.withBucket(example.bucket().withEncryption(
                example.bucket().encryption().withType(EncryptionType.SSE_KMS).withKmsKeyArn(EXISTING_KEY_ARN))));
        designs.put("kmsManagedKey", example.withBucket(example.bucket().withEncryption(
                example.bucket().encryption().withType(EncryptionType.SSE_KMS).withManageKey(true))));
        designs.put("kmsManagedKeyPolicyDocuments", designs.get("kmsManagedKey")
                .withOptions(example.options().withTerraformStyle(TerraformStyle.POLICY_DOCUMENT)));
        designs.put("roleArn", example.withOptions(example.options().withPrincipalStyle(PrincipalStyle.ROLE_ARN)));
        designs.put("noOrganization", example.withOrganizationId(""));
        designs.put("awsCn", example.withPartition(Partition.AWS_CN).withRegion("cn-north-1"));
        designs.put("existingBucket", example.withBucket(example.bucket().withManage(false)));
        designs.put("existingBucketOwnershipUnset", example.withBucket(
                example.bucket().withManage(false).withManageOwnershipControls(false)));
        designs.put("bucketOwnerPreferred", example.withBucket(
                example.bucket().withObjectOwnership(ObjectOwnership.BucketOwnerPreferred)));
        designs.put("literalWildcards", designs.get("kmsManagedKey")
                .withBucket(designs.get("kmsManagedKey").bucket().withKeyPrefixes(List.of("incoming*/", "price$/")))
                .withWriters(List.of(a.withRolePath("/team?/"))));
        designs.put("firehose", example.withWriters(List.of(a.withAllowAbortMultipartUpload(false)
                .withPrincipals(services("firehose.amazonaws.com")))));
        designs.put("firehoseAclsEnabled", designs.get("firehose").withBucket(
                example.bucket().withObjectOwnership(ObjectOwnership.BucketOwnerPreferred)));
        designs.put("ec2", example.withWriters(List.of(a.withPrincipals(
                services("ec2.amazonaws.com", "lambda.amazonaws.com")))));
        designs.put("scheduler", example.withWriters(List.of(a.withPrincipals(services("scheduler.amazonaws.com")))));
        designs.put("cnSuffix", example.withWriters(List.of(a.withPrincipals(
                services("ecs-tasks.amazonaws.com.cn", "lambda.amazonaws.com.cn")))));
        return designs;
    }

    private static Principals services(String... principals) {
        return new Principals(PrincipalMode.SERVICES, List.of(principals));
    }
}
