package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why S3G-032 refuses <code>&amp;{</code> in the policy-document style: the {@code aws_iam_policy_document}
 * data source turns it into <code>${</code>, so the policy AWS receives differs from the JSON document,
 * while {@code jsonencode} keeps it (and keeps the escaped <code>${*}</code> of a literal {@code *}).
 */
class DataSourceVariableNotationTest {

    private static final Design EXAMPLE = DesignFiles.example();

    private static PolicyDocument bucketPolicyReadBack(Design design) {
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        TerraformModule module = new TerraformModule(TerraformGenerator.generate(design, policies));
        return PolicyFromHcl.of(module, module.required(module.block("resource.aws_s3_bucket_policy.main"), "policy"));
    }

    private static Design withPrefix(String prefix, TerraformStyle style) {
        Design design = EXAMPLE.withBucket(EXAMPLE.bucket().withKeyPrefixes(List.of(prefix)));
        return TerraformCases.withOptions(design, style, TerraformValues.LITERALS);
    }

    @Test
    void thePolicyDocumentStyleTurnsAmpersandBraceIntoAPolicyVariable() {
        Design design = withPrefix("team&{aws:username}/", TerraformStyle.POLICY_DOCUMENT);

        assertThat(bucketPolicyReadBack(design).statements().get(0).resources())
                .containsExactly("arn:aws:s3:::central-ingest-222222222222/team${aws:username}/*");
        assertThat(PolicyGenerator.generate(design).bucketPolicy().document().statements().get(0).resources())
                .containsExactly("arn:aws:s3:::central-ingest-222222222222/team&{aws:username}/*");
    }

    @Test
    void jsonencodeKeepsAmpersandBraceAndTheEscapedWildcard() {
        Design design = withPrefix("team&{a}*/", TerraformStyle.JSONENCODE);

        assertThat(bucketPolicyReadBack(design)).isEqualTo(PolicyGenerator.generate(design).bucketPolicy().document());
        assertThat(bucketPolicyReadBack(design).statements().get(0).resources())
                .containsExactly("arn:aws:s3:::central-ingest-222222222222/team&{a}${*}/*");
    }
}
