package dev.s3grant.explain;

import dev.s3grant.model.Design;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.terraform.TerraformFiles;
import dev.s3grant.terraform.TerraformGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a design: the overview, every statement of every generated policy document, and every
 * Terraform resource and data source, as the generated files list them (each block with the role
 * its composer gave it). Returns messages; {@link MarkdownRenderer} and {@link TextRenderer} turn
 * them into text in the reader's language.
 */
public final class Explainer {

    private Explainer() {
    }

    /** The explanations of the design's policies and of the Terraform files written for it. */
    public static Explanations explain(Design design, GeneratedPolicies policies, TerraformFiles terraform) {
        WriterIndex writers = new WriterIndex(design, policies);
        List<AccountFile> files = AccountFile.of(design, terraform);
        List<DocumentSection> sections = new ArrayList<>();
        for (PolicyFile file : policies.all()) {
            sections.add(SectionTitles.policySection(design, file, writers));
        }
        for (AccountFile file : files) {
            WriterIndex fileWriters = file.shared() ? WriterIndex.sharedWriter(design, policies, file.writer()) : writers;
            sections.add(new DocumentSection(file.name(), SectionTitles.terraformTitle(design, file),
                    SectionTitles.terraformSummary(design, file), "",
                    ResourceExplainer.explain(design, policies, file, files, fileWriters)));
        }
        return new Explanations(design.name(), OverviewExplainer.explain(design, policies, files), sections);
    }

    /** The explanations, writing the design's Terraform files first. */
    public static Explanations explain(Design design, GeneratedPolicies policies) {
        return explain(design, policies, TerraformGenerator.generate(design, policies));
    }
}
