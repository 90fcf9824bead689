package dev.s3grant.terraform;

import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;

/** What every file generator needs: the design, its names, its values and its policy templates. */
record Generation(Design design, TerraformNames names, DesignValues values, PolicyTemplates policies) {

    TerraformStyle style() {
        return design.options().terraformStyle();
    }

    PolicyExpression policy(String dataName, PolicyTemplate policy, ProviderReference provider) {
        return PolicyExpression.of(style(), dataName, policy, provider);
    }
}
