package dev.s3grant.hcl;

/**
 * What an expression is, as far as it can be known without evaluating it. Anything that needs
 * evaluation (operators, conditionals, for-expressions, splats) is {@link HclOther} with its text.
 */
public sealed interface HclValue
        permits HclString, HclNumber, HclBool, HclNull, HclTuple, HclObject, HclReference,
        HclFunctionCall, HclOther {
}
