package dev.s3grant.app;

import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.analysis.findings.DesignValidator;
import dev.s3grant.explain.Explainer;
import dev.s3grant.model.Design;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.terraform.TerraformGenerator;
import java.util.List;

/** The one façade: a design in, every artifact out. The CLI and the window both call it. */
public final class GrantDesigner {

    private GrantDesigner() {
    }

    public static DesignArtifacts artifacts(Design design) {
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        AccessMatrix matrix = AccessMatrix.of(design, policies);
        return new DesignArtifacts(design, policies, DesignValidator.validate(design, policies, matrix), matrix,
                TerraformGenerator.generate(design, policies), Explainer.explain(design, policies));
    }

    /**
     * The files {@code generate} writes ({@link DesignArtifacts#files()}) and nothing else: no findings,
     * access check or explanations, so that the command line does not load or run them.
     */
    public static List<OutputFile> files(Design design) {
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        return DesignArtifacts.files(policies, TerraformGenerator.generate(design, policies));
    }
}
