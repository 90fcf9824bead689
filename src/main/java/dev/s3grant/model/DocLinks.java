package dev.s3grant.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * The one catalogue of documentation pages the designer links to (most are cited in
 * docs/aws-rules.md): the findings, the explanations, the access check and the Help menu all take
 * their addresses from here. Each service's own page stays with its entry in {@link ServiceCatalog}.
 */
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
    /** How to read an Organizations entity path ({@code o-…/r-…/ou-…/}), the value of {@code aws:PrincipalOrgPaths}. */
    public static final String ORG_ENTITY_PATH =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed-view-data-orgs.html#access_policies_access-advisor-viewing-orgs-entity-path";
    /** Single-valued and multivalued context keys: {@code ForAnyValue} and {@code ForAllValues}. */
    public static final String MULTIVALUED_KEYS =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html";
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
    public static final String ACCESS_ANALYZER_ARCHIVE_RULES =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-archive-rules.html";
    public static final String IAM_QUOTAS =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html";
    public static final String PERMISSION_SETS =
            "https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html";
    public static final String POLICY_VARIABLES =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html";
    public static final String EC2_INSTANCE_PROFILES =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html";
    /** The S3 destination permissions of Firehose, the source of the actions it adds to a grant. */
    public static final String FIREHOSE_S3_DESTINATION =
            "https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-s3";

    /** The elements of a policy statement, for explanations of any policy (decision 0032). */
    public static final String ELEMENT_EFFECT =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html";
    public static final String ELEMENT_NOT_PRINCIPAL =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html";
    public static final String ELEMENT_ACTION =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html";
    public static final String ELEMENT_NOT_ACTION =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html";
    public static final String ELEMENT_RESOURCE =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html";
    public static final String ELEMENT_NOT_RESOURCE =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html";
    public static final String ELEMENT_CONDITION =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html";
    /** A role is passed to a service only within its own account. */
    public static final String PASS_ROLE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html";
    /** AND across operators and keys, OR across values, NOR across the values of a negated operator. */
    public static final String CONDITION_LOGIC =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html";
    /** Each service's actions, resources and condition keys; the services without a page of their own below. */
    public static final String SERVICE_AUTHORIZATION = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference.html";
    public static final String SERVICE_S3 = "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html";
    public static final String SERVICE_KMS =
            "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html";
    public static final String SERVICE_STS =
            "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html";
    public static final String SERVICE_IAM =
            "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html";

    public static final String ACCOUNT_IDS = "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html";
    public static final String REGIONS = "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html";
    public static final String ARNS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html";
    public static final String IAM_IDENTIFIERS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html";
    public static final String SID = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html";
    public static final String BUCKET_NAMES = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html";
    public static final String OBJECT_KEYS = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html";
    public static final String PUT_BUCKET_POLICY = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketPolicy.html";
    public static final String KMS_KEY_IDS = "https://docs.aws.amazon.com/kms/latest/developerguide/find-cmk-id-arn.html";

    public static final String TERRAFORM_PROVIDERS = "https://developer.hashicorp.com/terraform/language/providers/configuration";
    public static final String TERRAFORM_POLICY_DOCUMENT =
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document";
    public static final String TERRAFORM_IDENTIFIERS = "https://developer.hashicorp.com/terraform/language/syntax/configuration";
    /** Variable definitions files ({@code -var-file}), by which each account applies the shared writer file (decision 0044). */
    public static final String TERRAFORM_INPUT_VARIABLES = "https://developer.hashicorp.com/terraform/language/values/variables";
    /** Renaming a resource with a {@code moved} block instead of destroying it (adoption, decision 0030). */
    public static final String TERRAFORM_REFACTORING =
            "https://developer.hashicorp.com/terraform/language/modules/develop/refactoring";
    /** The OASIS JSON schema of SARIF 2.1.0, which SARIF logs name in {@code $schema} (decision 0035). */
    public static final String SARIF_SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** The pages the explanations cite: the general ones in the order above, then each catalogued service's own page. */
    public static final List<String> EXPLANATION_PAGES = Stream.concat(Stream.of(CROSS_ACCOUNT_EVALUATION,
                    BLOCK_PUBLIC_ACCESS, OBJECT_OWNERSHIP, OBJECT_OWNERSHIP_ERRORS, ENSURE_OBJECT_OWNERSHIP,
                    MULTIPART_UPLOAD, PRINCIPAL, CONDITION_KEYS, ORG_ENTITY_PATH, MULTIVALUED_KEYS, CONDITION_OPERATORS, S3_SECURITY, CONFUSED_DEPUTY, SSE_KMS,
                    KMS_EXTERNAL_ACCOUNTS, KMS_CONDITIONS, KMS_ALIAS_AUTHORIZATION, KMS_PUT_KEY_POLICY, BUCKET_ENCRYPTION,
                    IAM_QUOTAS, PERMISSION_SETS, POLICY_VARIABLES, EC2_INSTANCE_PROFILES, FIREHOSE_S3_DESTINATION),
            ServiceCatalog.entries().stream().map(ServiceCatalog.Entry::docUrl)).distinct().toList();

    private DocLinks() {
    }

    /** The Service Authorization Reference page of an action's or condition key's service prefix ({@code s3}, {@code kms}, ...). */
    public static String servicePage(String prefix) {
        return switch (prefix.toLowerCase(java.util.Locale.ROOT)) {
            case "s3" -> SERVICE_S3;
            case "kms" -> SERVICE_KMS;
            case "sts" -> SERVICE_STS;
            case "iam" -> SERVICE_IAM;
            default -> SERVICE_AUTHORIZATION;
        };
    }
}
