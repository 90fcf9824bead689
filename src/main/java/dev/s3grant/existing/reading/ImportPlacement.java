package dev.s3grant.existing.reading;

import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.policy.PolicyJson;
import dev.s3grant.policy.WriterPolicies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places every imported policy against the policies the inferred design generates (what does not fit is
 * reported), and hands the foreign statements of the bucket and key policies to the design as its existing
 * policies (docs/decisions/0029-merge-into-existing-policies.md).
 */
final class ImportPlacement {

    private static final String INLINE_POLICY_NAME = "s3-cross-account-put";

    private ImportPlacement() {
    }

    /** Where the imported policies of each writer, and the bucket and key policies, came from. */
    record Sources(List<TerraformRole> roles, Map<Integer, FileRole> fileRolesByWriter, Optional<ImportedPolicy> bucketPolicy,
                   Optional<ImportedPolicy> keyPolicy, List<PolicyFileRead> jsonPolicies) {
    }

    /**
     * @param fromFiles       for each writer after the Terraform roles, the policy files it comes from
     * @param onEarlierWriters policy files of roles the Terraform already has, by writer index
     */
    static Sources sources(List<TerraformRole> roles, List<Optional<FileRole>> fromFiles, Map<Integer, FileRole> onEarlierWriters,
                           Optional<ImportedPolicy> bucketPolicy, Optional<ImportedPolicy> keyPolicy, List<PolicyFileRead> jsonPolicies) {
        Map<Integer, FileRole> fileRolesByWriter = new LinkedHashMap<>(onEarlierWriters);
        for (int i = 0; i < fromFiles.size(); i++) {
            int writer = roles.size() + i;
            fromFiles.get(i).ifPresent(r -> fileRolesByWriter.put(writer, r));
        }
        return new Sources(roles, fileRolesByWriter, bucketPolicy, keyPolicy, jsonPolicies);
    }

    /** The import's result: the design with the foreign statements kept, and every note in file and line order. */
    static ImportResult result(Design design, Sources sources, List<NotRepresented> notes) {
        ExistingPolicies foreign = existing(design, sources.bucketPolicy(), sources.keyPolicy());
        return new ImportResult(keptInDesign(design, foreign), placed(design, sources, notes), foreign);
    }

    private static List<NotRepresented> placed(Design design, Sources sources, List<NotRepresented> notRepresented) {
        GeneratedPolicies generated = PolicyGenerator.generate(design);
        List<TerraformRole> roles = sources.roles();
        for (int i = 0; i < roles.size(); i++) {
            TerraformRole read = roles.get(i);
            WriterPolicies ours = generated.writers().get(i);
            read.trust().ifPresent(t -> StatementPlacement.place(t, ours.trustPolicy().document(), notRepresented));
            read.rolePolicy().ifPresent(t -> StatementPlacement.place(t, ours.rolePolicy().document(), notRepresented));
            read.inline().ifPresent(p -> p.text("name").filter(n -> !n.equals(INLINE_POLICY_NAME)).ifPresent(n ->
                    notRepresented.add(new NotRepresented(p.file().displayName(), p.line("name"),
                            Message.of("import.role.inlinePolicyName", p.block().address(), n, INLINE_POLICY_NAME)))));
            if (read.inline().isEmpty()) {
                notRepresented.add(new NotRepresented(read.role().file().displayName(), read.role().line(),
                        Message.of("import.role.noInlinePolicy", read.role().block().address())));
            }
        }
        sources.fileRolesByWriter().forEach((writer, files) -> {
            WriterPolicies ours = generated.writers().get(writer);
            files.trust().ifPresent(t -> StatementPlacement.place(t.policy(), ours.trustPolicy().document(), notRepresented));
            files.rolePolicy().ifPresent(t -> StatementPlacement.place(t.policy(), ours.rolePolicy().document(), notRepresented));
        });
        sources.bucketPolicy().ifPresent(b -> StatementPlacement.place(b, generated.bucketPolicy().document(), notRepresented));
        sources.keyPolicy().ifPresent(k -> StatementPlacement.place(k, generated.keyPolicy().map(f -> f.document())
                .orElse(PolicyDocument.of(List.of())), notRepresented));
        for (PolicyFileRead json : sources.jsonPolicies()) {
            ImportedPolicy used = json.kind() == DocumentKind.BUCKET_POLICY ? sources.bucketPolicy().orElse(null)
                    : json.kind() == DocumentKind.KEY_POLICY ? sources.keyPolicy().orElse(null) : json.policy();
            if (used != json.policy()) {
                notRepresented.add(new NotRepresented(json.policy().file(), 0, Message.of("import.policyFile.notPlaced", json.policy().address())));
            }
        }
        List<NotRepresented> sorted = new ArrayList<>(notRepresented);
        sorted.sort(Comparator.comparing(NotRepresented::file).thenComparingInt(NotRepresented::line));
        return sorted;
    }

    /**
     * The design with the foreign statements as its existing policies, so that generating it merges them
     * back instead of dropping them. A key policy is kept only where the design merges one: under SSE-KMS
     * with a key the files do not create.
     */
    private static Design keptInDesign(Design design, ExistingPolicies foreign) {
        dev.s3grant.model.ExistingPolicies kept = dev.s3grant.model.ExistingPolicies.none();
        if (foreign.bucketPolicy().isPresent()) {
            kept = kept.withBucketPolicy(PolicyJson.write(foreign.bucketPolicy().get()));
        }
        if (foreign.keyPolicy().isPresent() && design.bucket().encryption().isKms() && !design.bucket().encryption().manageKey()) {
            kept = kept.withKeyPolicy(PolicyJson.write(foreign.keyPolicy().get()));
        }
        return kept.isEmpty() ? design : design.withExisting(kept);
    }

    /** The statements of the bucket and key policies that are not the grant's. */
    private static ExistingPolicies existing(Design design, Optional<ImportedPolicy> bucketPolicy, Optional<ImportedPolicy> keyPolicy) {
        GeneratedPolicies generated = PolicyGenerator.generate(design);
        List<NotRepresented> ignored = new ArrayList<>();
        Optional<PolicyDocument> bucket = bucketPolicy.flatMap(b -> StatementPlacement.document(
                StatementPlacement.place(b, generated.bucketPolicy().document(), ignored)));
        Optional<PolicyDocument> key = keyPolicy.flatMap(k -> StatementPlacement.document(StatementPlacement.place(k,
                generated.keyPolicy().map(f -> f.document()).orElse(PolicyDocument.of(List.of())), ignored)));
        return new ExistingPolicies(bucket, key);
    }
}
