package dev.s3grant.terraform;

import dev.s3grant.model.TerraformStyle;
import java.util.Optional;

/**
 * A policy as an argument value in the design's style: <code>jsonencode({ ... })</code>, or
 * {@code data.aws_iam_policy_document.<name>.json} together with that data source.
 */
record PolicyExpression(HclExpr value, Optional<HclNode.Block> dataSource) {

    static PolicyExpression of(TerraformStyle style, String dataName, PolicyTemplate policy, ProviderReference provider) {
        if (style == TerraformStyle.POLICY_DOCUMENT) {
            return new PolicyExpression(HclExpr.ref("data." + PolicyDocumentDataSource.TYPE + "." + dataName + ".json"),
                    Optional.of(PolicyDocumentDataSource.of(dataName, policy.document(), policy.text(), provider)));
        }
        return new PolicyExpression(JsonencodePolicy.of(policy.document(), policy.text()), Optional.empty());
    }
}
