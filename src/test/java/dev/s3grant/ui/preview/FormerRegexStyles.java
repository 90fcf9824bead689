package dev.s3grant.ui.preview;

import java.util.Collection;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The regular expressions the preview highlighted with before the highlighting came from tokens
 * (decision 0027), kept only as the reference the token highlighting is compared with: the first
 * group that matches names the style class.
 */
final class FormerRegexStyles {

    private static final String JSON_STRING = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
    private static final Pattern JSON = Pattern.compile(
            "(?<KEY>" + JSON_STRING + "(?=\\s*:))"
                    + "|(?<STRING>" + JSON_STRING + ")"
                    + "|(?<NUMBER>-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)"
                    + "|(?<LITERAL>\\b(?:true|false|null)\\b)"
                    + "|(?<BRACKET>[{}\\[\\]])"
                    + "|(?<PUNCTUATION>[:,])");
    private static final String[] JSON_GROUPS = {"KEY", "STRING", "NUMBER", "LITERAL", "BRACKET", "PUNCTUATION"};

    private static final Pattern HCL = Pattern.compile(
            "(?<COMMENT>#[^\\n]*|//[^\\n]*|/\\*[\\s\\S]*?\\*/)"
                    + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\")"
                    + "|(?<BLOCK>\\b[A-Za-z_][A-Za-z0-9_-]*(?=(?:[ \\t]+\"(?:[^\"\\\\\\n]|\\\\.)*\")*[ \\t]*\\{))"
                    + "|(?<ATTRIBUTE>\\b[A-Za-z_][A-Za-z0-9_-]*(?=[ \\t]*=(?!=)))"
                    + "|(?<REFERENCE>\\b(?:var|local|data|module|aws_[a-z0-9_]+)\\.[A-Za-z0-9_.\\-]+)"
                    + "|(?<FUNCTION>\\b[a-z_][a-z0-9_]*(?=\\())"
                    + "|(?<NUMBER>\\b\\d+(?:\\.\\d+)?\\b)"
                    + "|(?<LITERAL>\\b(?:true|false|null)\\b)"
                    + "|(?<BRACKET>[{}\\[\\]()])");
    private static final String[] HCL_GROUPS = {"COMMENT", "STRING", "BLOCK", "ATTRIBUTE", "REFERENCE", "FUNCTION",
            "NUMBER", "LITERAL", "BRACKET"};

    private FormerRegexStyles() {
    }

    static StyleSpans<Collection<String>> style(String text, boolean json) {
        Pattern pattern = json ? JSON : HCL;
        String[] groups = json ? JSON_GROUPS : HCL_GROUPS;
        String prefix = json ? "json-" : "hcl-";
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = pattern.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            String group = null;
            for (String g : groups) {
                if (m.group(g) != null) {
                    group = g;
                    break;
                }
            }
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(prefix + group.toLowerCase(java.util.Locale.ROOT)), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }
}
