package dev.s3grant.terraform;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.findings.DesignValidator;
import dev.s3grant.model.Design;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.formats.FormatCheck;
import dev.s3grant.model.formats.IdentifierFormats;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Each identifier check with the findings that report it and the design field it reads: the
 * finding fires exactly when the check (as Terraform evaluates it) rejects the value.
 */
record IdentifierSubjects(String name, FormatCheck check, Set<String> codes, BiFunction<Design, String, Design> set,
                          boolean emptyMeansUnset, List<String> seeds) {

    /** A valid design with an existing SSE-KMS key and an organization, so that every field is checked. */
    static final Design BASE = TestDesigns.load("kms-existing-key");
    /** The base design's policies: the identifier findings read the design's fields only, never the policies. */
    private static final GeneratedPolicies BASE_POLICIES = PolicyGenerator.generate(BASE);

    static final List<IdentifierSubjects> ALL = List.of(
            new IdentifierSubjects("account ID", IdentifierFormats.ACCOUNT_ID.check(), Set.of("S3G-001"),
                    (d, v) -> d.withWriters(List.of(d.writers().get(0).withAccountId(v))), false,
                    List.of("111111111111")),
            new IdentifierSubjects("organization ID", IdentifierFormats.ORGANIZATION_ID.check(), Set.of("S3G-002"),
                    Design::withOrganizationId, true, List.of("o-a1b2c3d4e5", "o-" + "a".repeat(32))),
            new IdentifierSubjects("Region", IdentifierFormats.REGION.check(), Set.of("S3G-003"),
                    Design::withRegion, false, List.of("ap-northeast-1", "us-gov-west-1")),
            bucket(IdentifierFormats.BUCKET_LENGTH, "S3G-060"),
            bucket(IdentifierFormats.BUCKET_CHARACTERS, "S3G-061"),
            bucket(IdentifierFormats.BUCKET_IP_ADDRESS, "S3G-062"),
            bucket(IdentifierFormats.BUCKET_RESERVED, "S3G-063"),
            new IdentifierSubjects("role name", IdentifierFormats.ROLE_NAME.check(), Set.of("S3G-040"),
                    (d, v) -> d.withWriters(List.of(d.writers().get(0).withRoleName(v))), false,
                    List.of("ecs-cross-account-s3-role", "r".repeat(64))),
            new IdentifierSubjects("role path", IdentifierFormats.ROLE_PATH.check(), Set.of("S3G-041"),
                    (d, v) -> d.withWriters(List.of(d.writers().get(0).withRolePath(v))), true,
                    List.of("/", "/team-a/ingest/", "/" + "a".repeat(510) + "/")),
            new IdentifierSubjects("key prefix", IdentifierFormats.KEY_PREFIX.check(), Set.of("S3G-064"),
                    (d, v) -> d.withBucket(d.bucket().withKeyPrefixes(List.of(v))), false,
                    List.of("incoming/", "日本/", "a".repeat(1024), "a".repeat(1022) + "é")),
            new IdentifierSubjects("KMS key ARN", IdentifierFormats.KMS_KEY_ARN.check(),
                    Set.of("S3G-080", "S3G-081", "S3G-082", "S3G-083"),
                    (d, v) -> d.withBucket(d.bucket().withEncryption(d.bucket().encryption()
                            .withType(EncryptionType.SSE_KMS).withManageKey(false).withKmsKeyArn(v))), false,
                    List.of("arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                            "arn:aws:kms:ap-northeast-1:222222222222:key/mrk-1234abcd12ab34cd56ef1234567890ab",
                            "arn:aws:kms:ap-northeast-1:222222222222:alias/aws/s3", "alias/central-ingest")));

    private static IdentifierSubjects bucket(FormatCheck check, String code) {
        return new IdentifierSubjects("bucket name " + check.name(), check, Set.of(code),
                (d, v) -> d.withBucket(d.bucket().withName(v)), false,
                List.of("central-ingest-222222222222", "a.b-c", "192.168.5.4", "xn--abc", "abc-s3alias", "abc.mrap",
                        "a".repeat(63)));
    }

    /** True when a value of this field stands for "not set" and is not checked (the variable is then not written). */
    boolean applies(String value) {
        return !(emptyMeansUnset && value.isEmpty());
    }

    boolean findingFires(String value) {
        Design design = set.apply(BASE, value);
        List<Finding> findings = DesignValidator.validate(design, BASE_POLICIES);
        return findings.stream().anyMatch(f -> codes.contains(f.code()));
    }

    /** The condition {@code variables.tf} writes for this check, on the value as a string literal. */
    HclExpr condition(String value) {
        return VariableValidation.condition(check, HclExpr.string(value));
    }

    @Override
    public String toString() {
        return name;
    }
}
