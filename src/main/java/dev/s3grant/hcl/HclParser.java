package dev.s3grant.hcl;

import java.util.Objects;

/**
 * Reads HashiCorp native syntax (as in Terraform {@code .tf} files) from a string, following
 * hclsyntax's {@code spec.md}. It never touches the network or the file system, never throws for
 * non-null input, and collects syntax errors instead; after an error it resumes at the next line
 * or top-level block, so one broken block does not hide the rest of the file.
 */
public final class HclParser {

    private HclParser() {
    }

    public static HclFile parse(String source) {
        Objects.requireNonNull(source, "source");
        LineIndex lines = new LineIndex(source);
        HclTokens tokens = HclLexer.lex(source, lines);
        ErrorLog errors = new ErrorLog(lines);
        errors.addAll(tokens.errors());
        TokenCursor cursor = new TokenCursor(tokens.tokens());
        ExpressionParser expressions = new ExpressionParser(source, cursor, errors, lines);
        HclBody body = new BodyParser(cursor, expressions, errors, lines).parseFile();
        return new HclFile(body, errors.sorted());
    }
}
