package dev.s3grant.explain;

import dev.s3grant.model.Message;
import dev.s3grant.text.Code;

/** Design values the explanation names but the design leaves empty: shown as "(not set)", never as a blank. */
final class NotSet {

    static final String KEY = "explain.value.notSet";

    private NotSet() {
    }

    /** The value as code, or the "not set" message when it is empty. */
    static Object codeOrNotSet(String value) {
        return value.isEmpty() ? Message.of(KEY) : new Code(value);
    }
}
