package dev.s3grant.explain;

import dev.s3grant.explain.TerraformInventory.TerraformFile;
import dev.s3grant.model.Design;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a design: the overview, every statement of every generated policy document, and every
 * Terraform resource and data source. Returns messages; {@link MarkdownRenderer} and
 * {@link TextRenderer} turn them into text in the reader's language.
 */
public final class Explainer {

    private Explainer() {
    }

    public static Explanations explain(Design design, GeneratedPolicies policies) {
        WriterIndex writers = new WriterIndex(design, policies);
        List<DocumentSection> sections = new ArrayList<>();
        for (PolicyFile file : policies.all()) {
            sections.add(SectionTitles.policySection(design, file, writers));
        }
        for (TerraformFile file : TerraformInventory.of(design)) {
            sections.add(new DocumentSection(file.name(), SectionTitles.terraformTitle(design, file),
                    SectionTitles.terraformSummary(design, file), "",
                    ResourceExplainer.explain(design, policies, file, writers)));
        }
        return new Explanations(design.name(), OverviewExplainer.explain(design, policies), sections);
    }
}
