package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.budget.WriterBudget;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Language;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.ui.i18n.UiText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview header says the bucket policy's size and, beside it, how many more writers fit in each principal style. */
class SizeTextTest {

    @Test
    void theBucketPolicyHeaderSaysHowManyMoreWritersFitInEachStyle() {
        var design = DesignFiles.example();
        var size = PolicyGenerator.generate(design).bucketPolicy().size();
        List<WriterBudget> budgets = WriterBudget.of(design);

        assertThat(SizeText.of(size, budgets, new UiText(Language.EN))).isEqualTo(String.format(java.util.Locale.ROOT,
                "%,d of 20,480 bytes (%d%%) · more writers fit: %,d per writer, %,d with role ARNs, %,d with a shared role",
                size.used(), size.percent(), budgets.get(0).moreWriters(), budgets.get(1).moreWriters(),
                budgets.get(2).moreWriters()));
        assertThat(SizeText.of(size, budgets, new UiText(Language.JA)))
                .contains("追加できる書き込み元: 書き込み元ごと ", " 個、共通ロール ");
        assertThat(budgets.get(2).moreWriters()).isGreaterThan(20 * budgets.get(0).moreWriters());
    }

    @Test
    void otherDocumentsShowTheirSizeAlone() {
        var size = PolicyGenerator.generate(DesignFiles.example()).bucketPolicy().size();

        assertThat(SizeText.of(size, List.of(), new UiText(Language.EN))).isEqualTo(SizeText.of(size, new UiText(Language.EN)));
    }
}
