package dev.s3grant.ui.explainany;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.ui.background.QueuedBackgroundWork;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.i18n.UiText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Explain Policy… reads and explains its file on the background worker, never on the calling thread. */
class PolicyExplanationViewModelTest {

    static final Path ORIGINAL_B = Path.of("src/test/resources/diff/original/account_B.tf");

    @TempDir
    Path dir;

    private final QueuedBackgroundWork work = new QueuedBackgroundWork();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<PolicyExplanationViewModel.Opened> opened = new ArrayList<>();

    private PolicyExplanationViewModel model(Language language) {
        PolicyExplanationViewModel model = new PolicyExplanationViewModel(work, dialogs, new UiText(language), Optional::empty);
        model.opened().subscribe(opened::add);
        return model;
    }

    @Test
    void theFileIsExplainedOnlyWhenTheWorkerRunsAndThenOpens() {
        PolicyExplanationViewModel model = model(Language.EN);
        dialogs.policyFile = ORIGINAL_B;

        model.open();

        assertThat(opened).as("nothing read on the calling thread").isEmpty();
        assertThat(work.size()).isEqualTo(1);
        work.runAll();
        assertThat(opened).singleElement().satisfies(o -> {
            assertThat(o.file()).isEqualTo("account_B.tf");
            assertThat(o.entries()).extracting(PolicyExplanationEntry::toString)
                    .containsExactly("account_B.tf aws_s3_bucket_policy.main", "    Statement[1]");
        });
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aCancelledChoiceQueuesNothing() {
        PolicyExplanationViewModel model = model(Language.EN);
        dialogs.policyFile = null;

        model.open();

        assertThat(work.size()).isZero();
        assertThat(opened).isEmpty();
    }

    @Test
    void aFileWithoutAPolicyIsOneMessageInTheUsersLanguageWithItsPlace() throws Exception {
        Path notAPolicy = Files.writeString(dir.resolve("design.json"), "{\"formatVersion\": 1}\n", StandardCharsets.UTF_8);
        PolicyExplanationViewModel model = model(Language.JA);

        model.explain(notAPolicy);
        work.runAll();

        assertThat(opened).isEmpty();
        assertThat(dialogs.errors).singleElement().isEqualTo(notAPolicy + ":1:2: 不明なメンバー formatVersion があります。ポリシーで使えるメンバー: Id, Statement, Version。");
    }
}
