package dev.s3grant.hcl;

import java.util.List;

/**
 * Lexer output: every token including comments and line breaks, ending with one {@code EOF}
 * token, and the lexical errors in source order.
 */
public record HclTokens(List<HclToken> tokens, List<HclError> errors) {

    public HclTokens {
        tokens = List.copyOf(tokens);
        errors = List.copyOf(errors);
    }
}
