package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.formats.FormatCheck;
import dev.s3grant.model.formats.IdentifierFormats;
import dev.s3grant.model.formats.ValueTest;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The validation blocks of variables.tf are written from the shared identifier formats, check by check. */
class VariableValidationTest {

    @Test
    void theConditionIsCanRegexOrItsNegationJoinedWithAnd() {
        FormatCheck check = new FormatCheck("c", List.of(new ValueTest.Matches("^a$"), new ValueTest.DoesNotMatch("\\.\\.")), "m");
        assertThat(HclRenderer.inline(new VariableValidation(check).condition("x")))
                .isEqualTo("can(regex(\"^a$\", var.x)) && !can(regex(\"\\\\.\\\\.\", var.x))");
    }

    @Test
    void aUtf8LengthIsCountedFromTheBase64FormWithoutItsPadding() {
        assertThat(HclRenderer.inline(VariableValidation.condition(new ValueTest.AtMostUtf8Bytes(1024), HclExpr.ref("var.x"))))
                .isEqualTo("length(base64encode(var.x)) / 4 * 3 - length(regexall(\"=\", base64encode(var.x))) <= 1024");
    }

    @Test
    void everyVariableValidatesWithTheChecksOfItsIdentifierFormat() {
        Design design = TestDesigns.load("kms-existing-key");
        Map<String, TerraformVariable> variables = VariableCatalog.of(design, new TerraformNames(design)).stream()
                .collect(Collectors.toMap(TerraformVariable::name, Function.identity()));
        assertThat(checks(variables.get("bucket_name"))).isEqualTo(IdentifierFormats.BUCKET_NAME.checks());
        assertThat(checks(variables.get("region"))).isEqualTo(IdentifierFormats.REGION.checks());
        assertThat(checks(variables.get("partition"))).isEqualTo(IdentifierFormats.PARTITION.checks());
        assertThat(checks(variables.get("organization_id"))).isEqualTo(IdentifierFormats.ORGANIZATION_ID.checks());
        assertThat(checks(variables.get("kms_key_arn"))).isEqualTo(IdentifierFormats.KMS_KEY_ARN.checks());
        assertThat(checks(variables.get("account_a_id"))).isEqualTo(IdentifierFormats.ACCOUNT_ID.checks());
        assertThat(checks(variables.get("account_b_id"))).isEqualTo(IdentifierFormats.ACCOUNT_ID.checks());
        assertThat(checks(variables.get("writer_a_role_name"))).isEqualTo(IdentifierFormats.ROLE_NAME.checks());
    }

    @Test
    void theErrorMessageIsTheChecksMessage() {
        HclNode.Block block = new VariableValidation(IdentifierFormats.BUCKET_IP_ADDRESS).block("bucket_name");
        assertThat(block.body()).contains(new HclNode.Attribute("error_message",
                HclExpr.string("The bucket name must not look like an IP address.")));
    }

    private static List<FormatCheck> checks(TerraformVariable variable) {
        return variable.validations().stream().map(VariableValidation::check).toList();
    }
}
