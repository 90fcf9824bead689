package dev.s3grant.explain;

import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.policy.ServiceActions;
import java.util.List;
import java.util.stream.Stream;

/** The official AWS documentation pages the explanations cite (those docs/aws-rules.md cites). */
public final class DocLinks {

    public static final String CROSS_ACCOUNT_EVALUATION =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html";
    public static final String BLOCK_PUBLIC_ACCESS =
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html";
    public static final String OBJECT_OWNERSHIP =
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html";
    public static final String OBJECT_OWNERSHIP_ERRORS =
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-error-responses.html";
    public static final String ENSURE_OBJECT_OWNERSHIP =
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ensure-object-ownership.html";
    public static final String MULTIPART_UPLOAD =
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html";
    public static final String PRINCIPAL =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html";
    public static final String CONDITION_KEYS =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html";
    public static final String CONDITION_OPERATORS =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html";
    public static final String S3_SECURITY =
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html";
    public static final String CONFUSED_DEPUTY =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html";
    public static final String SSE_KMS =
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html";
    public static final String KMS_EXTERNAL_ACCOUNTS =
            "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html";
    public static final String KMS_CONDITIONS =
            "https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html";
    public static final String KMS_ALIAS_AUTHORIZATION =
            "https://docs.aws.amazon.com/kms/latest/developerguide/alias-authorization.html";
    public static final String KMS_PUT_KEY_POLICY =
            "https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html";
    public static final String BUCKET_ENCRYPTION =
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html";
    public static final String IAM_QUOTAS =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html";
    public static final String PERMISSION_SETS =
            "https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html";
    public static final String POLICY_VARIABLES =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html";

    public static final String EC2_INSTANCE_PROFILES =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html";
    /** The S3 destination permissions of Firehose, the source of the actions it adds to a grant. */
    public static final String FIREHOSE_S3_DESTINATION = ServiceActions.FIREHOSE_PAGE;
    /** Every page: the general ones in the order above, then each catalogued service's own page. */
    public static final List<String> ALL = Stream.concat(Stream.of(CROSS_ACCOUNT_EVALUATION, BLOCK_PUBLIC_ACCESS,
                    OBJECT_OWNERSHIP, OBJECT_OWNERSHIP_ERRORS, ENSURE_OBJECT_OWNERSHIP, MULTIPART_UPLOAD, PRINCIPAL,
                    CONDITION_KEYS, CONDITION_OPERATORS, S3_SECURITY, CONFUSED_DEPUTY, SSE_KMS, KMS_EXTERNAL_ACCOUNTS,
                    KMS_CONDITIONS, KMS_ALIAS_AUTHORIZATION, KMS_PUT_KEY_POLICY, BUCKET_ENCRYPTION, IAM_QUOTAS,
                    PERMISSION_SETS, POLICY_VARIABLES, EC2_INSTANCE_PROFILES, FIREHOSE_S3_DESTINATION),
            ServiceCatalog.entries().stream().map(ServiceCatalog.Entry::docUrl)).distinct().toList();

    private DocLinks() {
    }
}
