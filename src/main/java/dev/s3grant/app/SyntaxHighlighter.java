package dev.s3grant.app;

import dev.s3grant.document.GeneratedFile;
import java.util.List;

/**
 * The highlighting of a generated file, from the tokens of its syntax: Jackson's streaming parser
 * for JSON, the project's HCL lexer for Terraform. The window computes it on its background worker
 * with the rest of the output (decision 0027).
 */
public final class SyntaxHighlighter {

    private SyntaxHighlighter() {
    }

    /** The runs of the file's text, in order, none overlapping; text between runs is not highlighted. */
    public static List<HighlightRun> runs(GeneratedFile file) {
        return file.kind().isJson() ? JsonHighlighter.runs(file.text()) : HclHighlighter.runs(file.text());
    }
}
