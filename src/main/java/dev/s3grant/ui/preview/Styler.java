package dev.s3grant.ui.preview;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;

/** Turns a document's text into style classes for a code area. */
public interface Styler {

    StyleSpans<Collection<String>> style(String text);

    static Styler of(Syntax syntax) {
        return switch (syntax) {
            case JSON -> JsonStyler.INSTANCE;
            case HCL -> HclStyler.INSTANCE;
            case PLAIN -> RegexStyler.PLAIN;
        };
    }
}
