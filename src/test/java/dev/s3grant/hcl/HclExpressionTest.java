package dev.s3grant.hcl;

import static dev.s3grant.hcl.Parsing.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HclExpressionTest {

    @Test
    void numbersKeepTheirExactDecimalValue() {
        assertThat(valueOf("42")).isEqualTo(number("42"));
        assertThat(valueOf("3.50")).isEqualTo(number("3.50"));
        assertThat(valueOf("1e3")).isEqualTo(number("1E+3"));
        assertThat(valueOf("-7")).isEqualTo(number("-7"));
    }

    @Test
    void keywordsBecomeLiterals() {
        assertThat(valueOf("true")).isEqualTo(new HclBool(true));
        assertThat(valueOf("false")).isEqualTo(new HclBool(false));
        assertThat(valueOf("null")).isEqualTo(new HclNull());
    }

    @Test
    void tupleKeepsElementValues() {
        assertThat(valueOf("[1, \"a\", true, var.x,]")).isEqualTo(new HclTuple(List.of(
                number("1"), literal("a"), new HclBool(true), ref("var.x"))));
    }

    @Test
    void tupleMaySpanLines() {
        assertThat(valueOf("[\n  \"s3:PutObject\",\n  \"s3:GetObject\"\n]")).isEqualTo(new HclTuple(List.of(
                literal("s3:PutObject"), literal("s3:GetObject"))));
    }

    @Test
    void objectKeepsEntriesInSourceOrderWithEveryKeyForm() {
        HclValue value = valueOf("{\n  b = 1\n  \"a\" = 2, c: 3\n  (var.k) = 4\n  \"${var.p}\" = 5\n}");
        assertThat(value).isEqualTo(new HclObject(List.of(
                new HclObject.Entry("b", number("1")),
                new HclObject.Entry("a", number("2")),
                new HclObject.Entry("c", number("3")),
                new HclObject.Entry("(var.k)", number("4")),
                new HclObject.Entry("\"${var.p}\"", number("5")))));
        assertThat(((HclObject) value).get("c")).contains(number("3"));
    }

    @Test
    void referencesKeepTheirTraversal() {
        assertThat(valueOf("var.bucket_name")).isEqualTo(ref("var.bucket_name"));
        assertThat(valueOf("aws_s3_bucket.main.arn")).isEqualTo(ref("aws_s3_bucket.main.arn"));
        assertThat(valueOf("data.aws_caller_identity.current.account_id"))
                .isEqualTo(ref("data.aws_caller_identity.current.account_id"));
        assertThat(valueOf("each.value")).isEqualTo(ref("each.value"));
    }

    @Test
    void indexTraversalsAreNormalized() {
        assertThat(valueOf("a [ 0 ] . b")).isEqualTo(ref("a[0].b"));
        assertThat(valueOf("each.value[\"arn\"]")).isEqualTo(ref("each.value[\"arn\"]"));
        assertThat(valueOf("a[var.i].id")).isEqualTo(ref("a[var.i].id"));
        assertThat(valueOf("a.0.b")).isEqualTo(ref("a[0].b"));
        assertThat(ref("data.x.y").root()).isEqualTo("data");
    }

    @Test
    void functionCallKeepsArgumentValues() {
        HclValue value = valueOf("jsonencode({ Version = \"2012-10-17\", Statement = "
                + "[{ Sid = \"A\", Action = [\"s3:PutObject\"] }] })");
        assertThat(value).isEqualTo(new HclFunctionCall("jsonencode", List.of(new HclObject(List.of(
                new HclObject.Entry("Version", literal("2012-10-17")),
                new HclObject.Entry("Statement", new HclTuple(List.of(new HclObject(List.of(
                        new HclObject.Entry("Sid", literal("A")),
                        new HclObject.Entry("Action", new HclTuple(List.of(literal("s3:PutObject"))))))))))))));
    }

    @Test
    void multiLineFunctionCallEndsAtItsClosingParenthesis() {
        HclFile file = HclParser.parse("x = merge(\n  local.a,\n  { b = 1 }\n)\ny = 2\n");
        assertThat(file.errors()).isEmpty();
        HclExpression x = file.body().attribute("x").orElseThrow().expression();
        assertThat(x.value()).isEqualTo(new HclFunctionCall("merge", List.of(
                ref("local.a"), new HclObject(List.of(new HclObject.Entry("b", number("1")))))));
        assertThat(x.range()).isEqualTo(new Range(1, 5, 4, 2, 4, 35));
        assertThat(file.body().attribute("y").orElseThrow().range().startLine()).isEqualTo(5);
    }

    @Test
    void namespacedFunctionKeepsItsFullName() {
        assertThat(valueOf("provider::aws::arn_parse(var.arn)"))
                .isEqualTo(new HclFunctionCall("provider::aws::arn_parse", List.of(ref("var.arn"))));
    }

    @Test
    void forExpressionsAreKeptAsText() {
        assertThat(valueOf("[for s in var.list : upper(s) if s != \"\"]"))
                .isEqualTo(new HclOther("[for s in var.list : upper(s) if s != \"\"]"));
        assertThat(valueOf("{for k, v in var.map : k => v...}"))
                .isEqualTo(new HclOther("{for k, v in var.map : k => v...}"));
        assertThat(valueOf("{\n  for k, v in var.map :\n  k => v\n}"))
                .isEqualTo(new HclOther("{\n  for k, v in var.map :\n  k => v\n}"));
    }

    @Test
    void conditionalIsKeptAsText() {
        assertThat(valueOf("var.on ? \"a\" : \"b\"")).isEqualTo(new HclOther("var.on ? \"a\" : \"b\""));
        assertThat(valueOf("a ? b : c ? d : e")).isEqualTo(new HclOther("a ? b : c ? d : e"));
    }

    @Test
    void operatorsAreKeptAsText() {
        assertThat(valueOf("1 + 2 * 3")).isEqualTo(new HclOther("1 + 2 * 3"));
        assertThat(valueOf("!var.off && (a || b)")).isEqualTo(new HclOther("!var.off && (a || b)"));
        assertThat(valueOf("length(var.x) >= 2")).isEqualTo(new HclOther("length(var.x) >= 2"));
    }

    @Test
    void splatsAreKeptAsText() {
        assertThat(valueOf("aws_s3_bucket.b[*].arn")).isEqualTo(new HclOther("aws_s3_bucket.b[*].arn"));
        assertThat(valueOf("var.list.*.id")).isEqualTo(new HclOther("var.list.*.id"));
    }

    @Test
    void parenthesesAroundAValueKeepTheValue() {
        HclExpression expression = expressionOf("(var.x)");
        assertThat(expression.value()).isEqualTo(ref("var.x"));
        assertThat(expression.text()).isEqualTo("(var.x)");
    }

    @Test
    void expressionTextAndRangeExcludeSurroundingBlanksAndComments() {
        HclFile file = HclParser.parse("a =   [1,\n  2]   # done\n");
        HclExpression expression = file.body().attribute("a").orElseThrow().expression();
        assertThat(expression.text()).isEqualTo("[1,\n  2]");
        assertThat(expression.range()).isEqualTo(new Range(1, 7, 2, 5, 6, 14));
    }
}
