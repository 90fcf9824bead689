package dev.s3grant.ui.preview;

import dev.s3grant.analysis.budget.WriterBudget;
import dev.s3grant.document.DocumentSize;
import dev.s3grant.document.SizeUnit;
import dev.s3grant.ui.i18n.UiText;
import java.util.List;

/** A policy's size against its limit, as the preview header says it. */
public final class SizeText {

    private SizeText() {
    }

    public static String of(DocumentSize size, UiText text) {
        String key = size.unit() == SizeUnit.BYTES ? "ui.preview.size.bytes" : "ui.preview.size.characters";
        return text.get(key, size.used(), size.limit(), size.percent());
    }

    /**
     * The size, and for the bucket policy how many more writers fit in the design's style and in the shared-role
     * style ({@link dev.s3grant.app.DesignArtifacts#writerBudgets()}): {@code 5,302 of 20,480 bytes (25%) · 35 more
     * writers fit, 1,260 with a shared role}.
     */
    public static String of(DocumentSize size, List<WriterBudget> budgets, UiText text) {
        String plain = of(size, text);
        if (budgets.isEmpty()) {
            return plain;
        }
        if (!budgets.get(0).growsWithWriters()) {
            // the design's own style does not grow (an OU path): no other style can say more
            return text.get("ui.preview.size.writersFit.unlimited", plain);
        }
        if (budgets.size() == 1) {
            return text.get("ui.preview.size.writersFit", plain, budgets.get(0).moreWriters());
        }
        return budgets.get(1).growsWithWriters()
                ? text.get("ui.preview.size.writersFit.shared", plain, budgets.get(0).moreWriters(), budgets.get(1).moreWriters())
                : text.get("ui.preview.size.writersFit.shared.unlimited", plain, budgets.get(0).moreWriters());
    }

    /** {@code over}, {@code near} or {@code ok}: the style the size is shown in. */
    public static String state(DocumentSize size) {
        if (size.overLimit()) {
            return "over";
        }
        return size.nearLimit() ? "near" : "ok";
    }
}
