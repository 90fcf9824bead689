package dev.s3grant.ui.preview;

import dev.s3grant.document.DocumentSize;
import dev.s3grant.document.SizeUnit;
import dev.s3grant.ui.i18n.UiText;

/** A policy's size against its limit, as the preview header says it. */
public final class SizeText {

    private SizeText() {
    }

    public static String of(DocumentSize size, UiText text) {
        String key = size.unit() == SizeUnit.BYTES ? "ui.preview.size.bytes" : "ui.preview.size.characters";
        return text.get(key, size.used(), size.limit(), size.percent());
    }

    /** {@code over}, {@code near} or {@code ok}: the style the size is shown in. */
    public static String state(DocumentSize size) {
        if (size.overLimit()) {
            return "over";
        }
        return size.nearLimit() ? "near" : "ok";
    }
}
