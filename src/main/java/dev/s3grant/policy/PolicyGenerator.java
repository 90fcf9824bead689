package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every policy document of a design, with the file names they are written to under {@code policies/}. */
public final class PolicyGenerator {

    public static final String BUCKET_POLICY_FILE = "bucket-policy.json";
    public static final String KEY_POLICY_FILE = "kms-key-policy.json";

    private PolicyGenerator() {
    }

    public static GeneratedPolicies generate(Design design) {
        List<WriterPolicies> writers = new ArrayList<>();
        for (Writer w : design.writers()) {
            writers.add(new WriterPolicies(w.alias(),
                    PolicyFile.of(trustFile(w.alias()), DocumentKind.TRUST_POLICY, w.alias(),
                            TrustPolicyGenerator.generate(design, w)),
                    PolicyFile.of(roleFile(w.alias()), DocumentKind.ROLE_POLICY, w.alias(),
                            RolePolicyGenerator.generate(design, w))));
        }
        String owner = design.bucketOwner().alias();
        PolicyFile bucket = PolicyFile.of(BUCKET_POLICY_FILE, DocumentKind.BUCKET_POLICY, owner,
                ExistingMerge.bucket(design).document());
        Optional<PolicyFile> key = design.bucket().encryption().isKms()
                ? Optional.of(PolicyFile.of(KEY_POLICY_FILE, DocumentKind.KEY_POLICY, owner, ExistingMerge.key(design).document()))
                : Optional.empty();
        return new GeneratedPolicies(writers, bucket, key);
    }

    public static String trustFile(String alias) {
        return alias + "-trust-policy.json";
    }

    public static String roleFile(String alias) {
        return alias + "-role-policy.json";
    }
}
