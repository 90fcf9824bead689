package dev.s3grant.hcl;

import static dev.s3grant.hcl.Parsing.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TerraformFileTest {

    private static HclFile file;

    @BeforeAll
    static void readRealisticFile() throws IOException {
        try (InputStream in = TerraformFileTest.class.getResourceAsStream("/hcl/realistic.tf")) {
            file = HclParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static HclBlock block(String address) {
        return file.body().blocks().stream().filter(b -> b.address().equals(address)).findFirst().orElseThrow();
    }

    private static HclValue value(HclBody body, String name) {
        return body.attribute(name).orElseThrow().expression().value();
    }

    @Test
    void realisticFileHasNoErrors() {
        assertThat(file.errors()).isEmpty();
    }

    @Test
    void everyTopLevelBlockHasItsAddress() {
        assertThat(file.body().blocks()).extracting(HclBlock::address).containsExactly(
                "terraform",
                "provider.aws",
                "provider.aws.log_archive",
                "variable.bucket_name",
                "variable.writer_account_ids",
                "locals",
                "data.aws_caller_identity.current",
                "data.aws_iam_policy_document.put",
                "resource.aws_s3_bucket.main",
                "resource.aws_s3_bucket_policy.main",
                "resource.aws_s3_bucket_lifecycle_configuration.main",
                "module.notifications",
                "output.arn");
    }

    @Test
    void blockLinesMatchTheFile() {
        assertThat(file.body().blocks()).extracting(b -> b.range().startLine() + "-" + b.range().endLine())
                .containsExactly("2-11", "13-15", "17-24", "26-34", "36-39", "41-48", "50-50", "52-71",
                        "73-77", "79-83", "85-101", "103-108", "110-116");
    }

    @Test
    void requiredProvidersIsAnObjectValue() {
        HclBody requiredProviders = block("terraform").body().blocks("required_providers").get(0).body();
        assertThat(value(requiredProviders, "aws")).isEqualTo(new HclObject(List.of(
                new HclObject.Entry("source", literal("hashicorp/aws")),
                new HclObject.Entry("version", literal("~> 5.0")))));
    }

    @Test
    void variableValidationIsANestedBlock() {
        HclBody validation = block("variable.bucket_name").body().blocks("validation").get(0).body();
        assertThat(validation.attribute("condition").orElseThrow().expression().text())
                .isEqualTo("can(regex(\"^[a-z0-9.-]{3,63}$\", var.bucket_name))");
        assertThat(value(validation, "condition")).isEqualTo(new HclFunctionCall("can", List.of(
                new HclFunctionCall("regex", List.of(literal("^[a-z0-9.-]{3,63}$"), ref("var.bucket_name"))))));
        assertThat(validation.attribute("condition").orElseThrow().range().start()).isEqualTo("31:5");
    }

    @Test
    void policyDocumentStatementKeepsReferencesAndForExpressions() {
        HclBlock statement = block("data.aws_iam_policy_document.put").body().blocks("statement").get(0);
        assertThat(value(statement.body(), "resources")).isEqualTo(new HclTuple(List.of(new HclString(List.of(
                interpolation(ref("local.bucket_arn"), "local.bucket_arn"), text("/*"))))));
        assertThat(value(statement.body().blocks("principals").get(0).body(), "identifiers"))
                .isEqualTo(new HclOther("[for id in local.writers : \"arn:aws:iam::${id}:root\"]"));
        assertThat(value(block("resource.aws_s3_bucket_policy.main").body(), "policy"))
                .isEqualTo(ref("data.aws_iam_policy_document.put.json"));
    }

    @Test
    void moduleArgumentsKeepConditionalsAndTemplates() {
        HclBody module = block("module.notifications").body();
        assertThat(value(module, "count")).isEqualTo(new HclOther("length(var.writer_account_ids) > 0 ? 1 : 0"));
        assertThat(value(module, "kms_key")).isEqualTo(new HclNull());
        assertThat(value(module, "source")).isEqualTo(literal("./modules/notifications"));
    }

    @Test
    void outputHeredocLosesItsCommonIndentation() {
        assertThat(value(block("output.arn").body(), "description"))
                .isEqualTo(literal("The bucket's ARN, for the writers'\n  IAM policies.\n"));
    }

    @Test
    void lifecycleIgnoreChangesKeepsIndexTraversal() {
        HclBody lifecycle = block("resource.aws_s3_bucket_lifecycle_configuration.main").body()
                .blocks("lifecycle").get(0).body();
        assertThat(value(lifecycle, "ignore_changes")).isEqualTo(new HclTuple(List.of(ref("rule[0].filter"))));
    }

    @Test
    void lexerKeepsEveryComment() {
        try (InputStream in = TerraformFileTest.class.getResourceAsStream("/hcl/realistic.tf")) {
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(HclLexer.lex(source).tokens()).filteredOn(t -> t.type() == HclTokenType.COMMENT)
                    .extracting(HclToken::text)
                    .containsExactly("# Realistic Terraform for the reader: every top-level block kind the designer meets.");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
