package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.ExistingPolicies;
import dev.s3grant.model.Language;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.testing.TestDesigns;
import dev.s3grant.text.Localizer;
import org.junit.jupiter.api.Test;

/** Statements kept from an existing policy are explained briefly as such; the overview says the policy is merged. */
class KeptStatementExplanationTest {

    private static final Design MERGED = TestDesigns.load("existing-policies");

    private static String text(Design design, Language language) {
        return TextRenderer.render(Explainer.explain(design, PolicyGenerator.generate(design)), Localizer.of(language));
    }

    @Test
    void keptStatementsSayWhereTheyComeFromInBothLanguages() {
        String en = text(MERGED, Language.EN);
        assertThat(en).contains("Kept from the existing policy: Allow of s3:GetObject.")
                .contains("Kept from the existing policy: Deny of every action except s3:GetObject, s3:ListBucket.")
                .contains("is its existing bucket policy with the statements of this grant added")
                .doesNotContain("replaces its whole bucket policy");
        assertThat(text(MERGED, Language.JA)).contains("既存のポリシーから残したステートメントです: s3:GetObject の Allow。");
    }

    @Test
    void withoutExistingPoliciesNothingIsCalledKept() {
        String en = text(MERGED.withExisting(ExistingPolicies.none()), Language.EN);
        assertThat(en).doesNotContain("Kept from the existing policy").contains("replaces its whole bucket policy");
    }
}
