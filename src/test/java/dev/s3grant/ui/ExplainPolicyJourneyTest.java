package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.explainany.PolicyExplanationEntry;
import dev.s3grant.ui.explainany.PolicyExplanationWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Explain Policy…: any policy file explained in a window of its own, headless. */
@ExtendWith(ApplicationExtension.class)
class ExplainPolicyJourneyTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private ExampleWindow open;
    private DesignerWindow window;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, dialogs, 1240, 780, model -> {
            DesignerWindow made = new DesignerWindow(model, dialogs, url -> { }, () -> { });
            made.install(stage);
            return made;
        });
        window = open.window;
    }

    @AfterEach
    void stop() {
        onFx(() -> window.policyExplanationWindow().ifPresent(w -> w.stage().close()));
        open.close();
    }

    @Test
    void theOriginalAccountBOpensInAnExplanationWindowWithItsFindingsAndEachStatementsReach(FxRobot robot) throws Exception {
        WindowDriver ui = open.driver(robot);
        dialogs.policyFile = ComparisonJourneyTest.ORIGINAL_B;
        ui.menu("menu-explain-policy");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.policyExplanationWindow().isPresent());

        PolicyExplanationWindow explained = window.policyExplanationWindow().orElseThrow(() -> new AssertionError("no window"));
        assertThat(onFx(() -> explained.stage().isShowing())).isTrue();
        assertThat(onFx(() -> explained.stage().getTitle())).isEqualTo("Explain Policy: account_B.tf");
        @SuppressWarnings("unchecked")
        ListView<PolicyExplanationEntry> list = (ListView<PolicyExplanationEntry>) robot.lookup("#policy-explanation-list").query();
        assertThat(onFx(() -> list.getItems().stream().map(PolicyExplanationEntry::toString).toList()))
                .containsExactly("account_B.tf aws_s3_bucket_policy.main", "    Statement[1]");
        assertThat(onFx(() -> explained.pane().shownText())).contains("Bucket policy", "S3G-073", "S3G-201");

        Node statement = onFx(() -> robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.getItem().toString().contains("Statement[1]")).findFirst()
                .orElseThrow(() -> new AssertionError("no statement in the list")));
        robot.clickOn(statement);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> explained.pane().shownText()))
                .contains("Reach", "One principal", "s3:PutObjectAcl", "reference_policies_elements_principal.html");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFileWithoutAPolicyIsOneMessageAndNoWindow(FxRobot robot) throws Exception {
        WindowDriver ui = open.driver(robot);
        Path notAPolicy = Files.writeString(dir.resolve("design.json"), "{\"formatVersion\": 1}\n", StandardCharsets.UTF_8);
        dialogs.policyFile = notAPolicy;
        ui.menu("menu-explain-policy");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors).singleElement().asString().contains("design.json:1:2: Unknown member formatVersion");
        assertThat(window.policyExplanationWindow()).isEmpty();
    }
}
