package dev.s3grant.ui.preview;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * One regular expression of named groups, each group mapped to a style class: the first group that
 * matches names the span's class; text between matches gets no class.
 */
class RegexStyler implements Styler {

    static final RegexStyler PLAIN = new RegexStyler(Pattern.compile("(?<NONE>(?!))"), Map.of("NONE", ""));

    private final Pattern pattern;
    private final Map<String, String> classes;

    /** {@code classes}: group name → style class, in the order the groups appear in the pattern. */
    RegexStyler(Pattern pattern, Map<String, String> classes) {
        this.pattern = pattern;
        this.classes = new LinkedHashMap<>(classes);
    }

    @Override
    public StyleSpans<Collection<String>> style(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = pattern.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            String styleClass = classOf(m);
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(styleClass), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }

    private String classOf(Matcher m) {
        for (Map.Entry<String, String> e : classes.entrySet()) {
            if (m.group(e.getKey()) != null) {
                return e.getValue();
            }
        }
        throw new IllegalStateException("a match without a named group: " + pattern);
    }
}
