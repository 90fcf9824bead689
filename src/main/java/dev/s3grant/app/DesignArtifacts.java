package dev.s3grant.app;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.analysis.budget.WriterBudget;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.explain.Explanations;
import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.terraform.TerraformFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the designer derives from one design: the policy documents, the findings (the
 * catalogue's and the access check's mismatches, in {@link dev.s3grant.analysis.findings.FindingOrder}),
 * the access-check matrix, the Terraform files, and the explanation of every statement and
 * Terraform resource (as messages, rendered in the reader's language).
 */
public record DesignArtifacts(Design design, GeneratedPolicies policies, List<Finding> findings, AccessMatrix accessMatrix,
                              TerraformFiles terraform, Explanations explanations) {

    public static final String POLICIES_FOLDER = "policies/";

    public DesignArtifacts {
        findings = List.copyOf(findings);
    }

    /**
     * How many more writers fit in the design's principal style and, when it is another one, in the shared-role
     * style (docs/decisions/0043-shared-role-principal-style.md), measured when asked: the window shows them beside
     * the bucket policy's size. The design's own style starts from the policies these artifacts hold.
     */
    public List<WriterBudget> writerBudgets() {
        PrincipalStyle style = design.options().principalStyle();
        List<WriterBudget> budgets = new ArrayList<>();
        WriterBudget.of(design, policies.bucketPolicy().document(), policies.keyPolicy().map(PolicyFile::document))
                .ifPresent(budgets::add);
        if (style != PrincipalStyle.SHARED_ROLE) {
            WriterBudget.of(design, PrincipalStyle.SHARED_ROLE).ifPresent(budgets::add);
        }
        return budgets;
    }

    /** The files {@code generate} and Export write, in a fixed order: {@code policies/...}, then the Terraform files. */
    public List<OutputFile> files() {
        return files(policies, terraform);
    }

    /**
     * The same files with their structure: each with its path relative to the output folder, its
     * kind, its size against its limit (policies) and its elements, as the writers recorded them.
     */
    public List<GeneratedFile> documents() {
        return documents(policies, terraform);
    }

    /** The files of these policies and Terraform files, as {@link #files()} lists them. */
    static List<OutputFile> files(GeneratedPolicies policies, TerraformFiles terraform) {
        return documents(policies, terraform).stream().map(d -> new OutputFile(d.path(), d.text())).toList();
    }

    static List<GeneratedFile> documents(GeneratedPolicies policies, TerraformFiles terraform) {
        List<GeneratedFile> documents = new ArrayList<>(policyDocuments(policies));
        documents.addAll(terraform.documents());
        return List.copyOf(documents);
    }

    /** The policy files alone, at their paths under {@code policies/}, as {@link #documents()} begins. */
    static List<GeneratedFile> policyDocuments(GeneratedPolicies policies) {
        List<GeneratedFile> documents = new ArrayList<>();
        for (PolicyFile p : policies.all()) {
            documents.add(p.generated().at(POLICIES_FOLDER + p.fileName()));
        }
        return List.copyOf(documents);
    }

    /**
     * The reason the design gives for accepting the finding, or empty when it does not accept it: the
     * reports mark an accepted finding as suppressed, never hide it (docs/decisions/0036-accepted-findings.md).
     */
    public Optional<String> acceptedReason(Finding finding) {
        return GrantDesigner.acceptedReason(design, finding);
    }
}
