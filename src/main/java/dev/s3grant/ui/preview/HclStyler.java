package dev.s3grant.ui.preview;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Highlights Terraform's native syntax: comments, block types (an identifier followed by labels
 * and an opening brace), strings, attribute names, references, function calls, numbers, literals
 * and brackets.
 */
final class HclStyler extends RegexStyler {

    private static final Pattern PATTERN = Pattern.compile(
            "(?<COMMENT>#[^\\n]*|//[^\\n]*|/\\*[\\s\\S]*?\\*/)"
                    + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\")"
                    + "|(?<BLOCK>\\b[A-Za-z_][A-Za-z0-9_-]*(?=(?:[ \\t]+\"(?:[^\"\\\\\\n]|\\\\.)*\")*[ \\t]*\\{))"
                    + "|(?<ATTRIBUTE>\\b[A-Za-z_][A-Za-z0-9_-]*(?=[ \\t]*=(?!=)))"
                    + "|(?<REFERENCE>\\b(?:var|local|data|module|aws_[a-z0-9_]+)\\.[A-Za-z0-9_.\\-]+)"
                    + "|(?<FUNCTION>\\b[a-z_][a-z0-9_]*(?=\\())"
                    + "|(?<NUMBER>\\b\\d+(?:\\.\\d+)?\\b)"
                    + "|(?<LITERAL>\\b(?:true|false|null)\\b)"
                    + "|(?<BRACKET>[{}\\[\\]()])");

    static final HclStyler INSTANCE = new HclStyler();

    private HclStyler() {
        super(PATTERN, classes());
    }

    private static Map<String, String> classes() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("COMMENT", "hcl-comment");
        c.put("STRING", "hcl-string");
        c.put("BLOCK", "hcl-block");
        c.put("ATTRIBUTE", "hcl-attribute");
        c.put("REFERENCE", "hcl-reference");
        c.put("FUNCTION", "hcl-function");
        c.put("NUMBER", "hcl-number");
        c.put("LITERAL", "hcl-literal");
        c.put("BRACKET", "hcl-bracket");
        return c;
    }
}
