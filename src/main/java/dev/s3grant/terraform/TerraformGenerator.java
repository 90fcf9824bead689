package dev.s3grant.terraform;

import dev.s3grant.document.GeneratedFile;
import dev.s3grant.model.Design;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.ArrayList;
import java.util.List;

/**
 * Terraform for both sides of a grant (docs/aws-rules.md#terraform-resources), from a design and the policy documents
 * {@link dev.s3grant.policy.PolicyGenerator} produced for it: resources only, in the design's
 * policy style ({@code jsonencode} or {@code aws_iam_policy_document}) and value mode (variables or
 * literals), formatted as {@code terraform fmt} leaves it. The writers get a file each, or share
 * one writer root module ({@link SharedWriterFiles}, decision 0044).
 */
public final class TerraformGenerator {

    private TerraformGenerator() {
    }

    public static TerraformFiles generate(Design design, GeneratedPolicies policies) {
        TerraformNames names = new TerraformNames(design);
        DesignValues values = new DesignValues(design, names);
        Generation g = new Generation(design, names, values, PolicyTemplates.of(values, policies));
        List<GeneratedFile> files = new ArrayList<>();
        if (design.options().sharedWriterFile() && !design.writers().isEmpty()) {
            files.addAll(SharedWriterFiles.render(design, policies, names));
        } else {
            for (int i = 0; i < design.writers().size(); i++) {
                files.add(WriterAccountFile.render(g, i));
            }
        }
        files.add(OwnerAccountFile.render(g));
        if (values.usesVariables()) {
            List<TerraformVariable> used = values.usedVariables();
            files.add(VariablesFile.declarations(g, used));
            files.add(VariablesFile.values(g, used));
        }
        return new TerraformFiles(files);
    }
}
