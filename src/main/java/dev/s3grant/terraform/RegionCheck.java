package dev.s3grant.terraform;

/**
 * <code>data "aws_region" "account_&lt;a&gt;"</code> of one account file: reads the Region its provider
 * is configured for, and a {@code postcondition} fails {@code terraform plan} when that is not the
 * design's Region, naming both. It reads {@code id}, which holds the Region's name in provider v5
 * and v6 alike: {@code name} is deprecated in v6, and {@code region} does not exist in 5.100
 * (decision 0018).
 * <p>Rules: docs/aws-rules.md#region-check.
 */
final class RegionCheck {

    static final String DATA_TYPE = "aws_region";

    private RegionCheck() {
    }

    static HclNode.Block block(Generation g, String dataName, String accountAlias, ProviderReference provider) {
        return block(g, dataName, TemplateText.literal(accountAlias), provider);
    }

    /** {@code account}: the account's name in the message, such as {@code ${var.account_id}} in the shared writer file. */
    static HclNode.Block block(Generation g, String dataName, TemplateText account, ProviderReference provider) {
        TemplateText region = g.values().region();
        HclExpr actual = HclExpr.ref("self.id");
        TemplateText message = TemplateText.literal("The provider of account ").append(account)
                .append(TemplateText.literal(" is configured for Region "))
                .append(TemplateText.interpolation(actual))
                .append(TemplateText.literal(", but the design's Region is "))
                .append(region)
                .append(TemplateText.literal("."));
        HclNode.Block postcondition = HclBlockBuilder.block("postcondition")
                .attribute("condition", new HclExpr.Binary(actual, "==", HclExpr.text(region)))
                .attribute("error_message", HclExpr.text(message))
                .build();
        return HclBlockBuilder.block("data", DATA_TYPE, dataName)
                .provider(provider)
                .block(HclBlockBuilder.block("lifecycle").block(postcondition).build())
                .build();
    }
}
