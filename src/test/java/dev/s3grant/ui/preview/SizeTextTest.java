package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.budget.WriterBudget;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Language;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.ui.i18n.UiText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The preview header says the bucket policy's size and, beside it, how many more writers fit in each principal style. */
class SizeTextTest {

    @Test
    void theBucketPolicyHeaderSaysHowManyMoreWritersFitInTheStyleAndWithASharedRole() {
        var design = DesignFiles.example();
        var size = PolicyGenerator.generate(design).bucketPolicy().size();
        WriterBudget current = WriterBudget.of(design, PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION).orElseThrow();
        WriterBudget shared = WriterBudget.of(design, PrincipalStyle.SHARED_ROLE).orElseThrow();

        assertThat(SizeText.of(size, List.of(current, shared), new UiText(Language.EN))).isEqualTo(String.format(Locale.ROOT,
                "%,d of 20,480 bytes (%d%%) · %,d more writers fit, %,d with a shared role",
                size.used(), size.percent(), current.moreWriters(), shared.moreWriters()));
        assertThat(SizeText.of(size, List.of(current, shared), new UiText(Language.JA)))
                .endsWith(String.format(Locale.ROOT, "・あと %,d 個の書き込み元を追加可能（共通ロールなら %,d 個）",
                        current.moreWriters(), shared.moreWriters()));
        assertThat(SizeText.of(size, List.of(shared), new UiText(Language.EN)))
                .endsWith(String.format(Locale.ROOT, " · %,d more writers fit", shared.moreWriters()));
        assertThat(shared.moreWriters()).isGreaterThan(20 * current.moreWriters());
    }

    @Test
    void aSharedRoleInAnOrganizationalUnitDoesNotGrowWithTheWritersAndTheHeaderSaysSoInsteadOfANumber() throws Exception {
        var design = DesignFiles.load(java.nio.file.Path.of("src/test/resources/designs/shared-role-ou.json"));
        var size = PolicyGenerator.generate(design).bucketPolicy().size();
        WriterBudget ou = WriterBudget.of(design, PrincipalStyle.SHARED_ROLE).orElseThrow();
        WriterBudget perAccount = WriterBudget.of(design, PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION).orElseThrow();

        assertThat(ou.growsWithWriters()).isFalse();
        assertThat(ou.bytesPerWriter()).isZero();
        assertThat(ou.moreWriters()).isEqualTo(WriterBudget.UNLIMITED);
        assertThat(perAccount.growsWithWriters()).isTrue();
        assertThat(SizeText.of(size, List.of(ou), new UiText(Language.EN))).isEqualTo(String.format(Locale.ROOT,
                "%,d of 20,480 bytes (%d%%) · the size does not grow with more writers", size.used(), size.percent()));
        assertThat(SizeText.of(size, List.of(ou), new UiText(Language.JA))).endsWith("・書き込み元を追加してもサイズは増えません");
        assertThat(SizeText.of(size, List.of(perAccount, ou), new UiText(Language.EN))).endsWith(String.format(Locale.ROOT,
                " · %,d more writers fit, any number with a shared role in the organizational unit", perAccount.moreWriters()));
        assertThat(SizeText.of(size, List.of(perAccount, ou), new UiText(Language.JA))).endsWith(String.format(Locale.ROOT,
                "・あと %,d 個の書き込み元を追加可能（組織単位 (OU) 内の共通ロールなら数の制限なし）", perAccount.moreWriters()));
    }

    @Test
    void otherDocumentsShowTheirSizeAlone() {
        var size = PolicyGenerator.generate(DesignFiles.example()).bucketPolicy().size();

        assertThat(SizeText.of(size, List.of(), new UiText(Language.EN))).isEqualTo(SizeText.of(size, new UiText(Language.EN)));
    }
}
