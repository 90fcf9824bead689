package dev.s3grant.analysis.findings;

/** The documentation pages the findings link to; most are cited in docs/aws-rules.md. */
final class DocLinks {

    static final String ACCOUNT_IDS = "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html";
    static final String REGIONS = "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html";
    static final String ARNS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html";
    static final String IAM_IDENTIFIERS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html";
    static final String IAM_QUOTAS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html";
    static final String SID = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html";
    static final String CROSS_ACCOUNT = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html";
    static final String POLICY_VARIABLES = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html";
    static final String CONDITION_KEYS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html";
    static final String PRINCIPAL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html";
    static final String FIREHOSE_S3_DESTINATION = "https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-s3";
    static final String CONFUSED_DEPUTY = "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html";
    static final String PERMISSION_SET_ROLES = "https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html";
    static final String TERRAFORM_PROVIDERS = "https://developer.hashicorp.com/terraform/language/providers/configuration";
    static final String TERRAFORM_POLICY_DOCUMENT =
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document";
    static final String TERRAFORM_IDENTIFIERS = "https://developer.hashicorp.com/terraform/language/syntax/configuration";
    static final String BUCKET_NAMES = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html";
    static final String OBJECT_KEYS = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html";
    static final String OBJECT_OWNERSHIP = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html";
    static final String ENSURE_OBJECT_OWNERSHIP = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ensure-object-ownership.html";
    static final String PUT_BUCKET_POLICY = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketPolicy.html";
    static final String S3_SECURITY = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html";
    static final String BLOCK_PUBLIC_ACCESS = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html";
    static final String S3_KMS = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html";
    static final String KMS_KEY_IDS = "https://docs.aws.amazon.com/kms/latest/developerguide/find-cmk-id-arn.html";
    static final String KMS_OTHER_ACCOUNTS = "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html";

    private DocLinks() {
    }
}
