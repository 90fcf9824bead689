package dev.s3grant.hcl;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers: parse one attribute and get its value. */
final class Parsing {

    private Parsing() {
    }

    /** The value of {@code x = <source>}, asserting that it parsed without errors. */
    static HclValue valueOf(String expression) {
        return expressionOf(expression).value();
    }

    static HclExpression expressionOf(String expression) {
        HclFile file = HclParser.parse("x = " + expression + "\n");
        assertThat(file.errors()).as("errors of %s", expression).isEmpty();
        return file.body().attribute("x").orElseThrow().expression();
    }

    static HclString literal(String text) {
        return HclString.of(text);
    }

    static TemplatePart.Literal text(String text) {
        return new TemplatePart.Literal(text);
    }

    static TemplatePart.Interpolation interpolation(HclValue value, String text) {
        return new TemplatePart.Interpolation(value, text);
    }

    static HclReference ref(String traversal) {
        return new HclReference(traversal);
    }

    static HclNumber number(String value) {
        return new HclNumber(new java.math.BigDecimal(value));
    }
}
