package dev.s3grant.terraform;

import dev.s3grant.policy.PolicyDocument;
import java.util.function.Function;

/** A policy document and how each of its value strings is written: with variables, or as it is. */
record PolicyTemplate(PolicyDocument document, Function<String, TemplateText> text) {

    static PolicyTemplate literal(PolicyDocument document) {
        return new PolicyTemplate(document, TemplateText::literal);
    }
}
