package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Language;
import dev.s3grant.ui.common.SeverityIcon;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.forms.FormsView;
import dev.s3grant.ui.panes.AccessRow;
import dev.s3grant.ui.preview.ElementRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a user of an IDE expects of the window (issue 18 §4): findings, the access check, Undo, required fields. */
@ExtendWith(ApplicationExtension.class)
class IdeHabitsJourneyTest {

    private static final String LAMBDA_BOX = "#writer-0-service-lambda";

    private final FakeDialogs dialogs = new FakeDialogs();
    private ExampleWindow open;
    private DesignerWindow window;
    private DesignerSession vm;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, dialogs);
        window = open.window;
        vm = open.vm;
    }

    @AfterEach
    void stop() {
        open.close();
    }

    @Test
    void clickingAFindingAboutOneServiceFocusesAndLightsThatServicesCheckBox(FxRobot robot) {
        WindowDriver ui = trustLambda(robot);
        TableRow<?> row = findingRow(robot, "S3G-049");

        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();

        Node box = robot.lookup(LAMBDA_BOX).query();
        assertThat(onFx(box::isFocused)).isTrue();
        assertThat(onFx(() -> box.getPseudoClassStates().contains(FormsView.LOCATED))).isTrue();
        assertThat(onFx(() -> ui.field("writers[0].accountId").getPseudoClassStates().contains(FormsView.LOCATED))).isFalse();
    }

    @Test
    void theLightGoesOutAfterAMoment(FxRobot robot) throws TimeoutException {
        trustLambda(robot);
        robot.clickOn(findingRow(robot, "S3G-049"));
        Node box = robot.lookup(LAMBDA_BOX).query();
        assertThat(onFx(() -> box.getPseudoClassStates().contains(FormsView.LOCATED))).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !onFx(() -> box.getPseudoClassStates().contains(FormsView.LOCATED)));
    }

    @Test
    void theIconOfAFindingAboutOneServiceSitsOnThatServicesRow(FxRobot robot) {
        trustLambda(robot);
        Node box = robot.lookup(LAMBDA_BOX).query();
        List<Node> row = onFx(() -> List.copyOf(box.getParent().getChildrenUnmodifiable()));
        assertThat(row).anySatisfy(n -> {
            assertThat(n).isInstanceOf(SeverityIcon.class);
            assertThat(onFx(n::isVisible)).isTrue();
        });
        Node ecs = robot.lookup("#writer-0-service-ecs").query();
        assertThat(onFx(() -> ecs.getParent().getChildrenUnmodifiable().stream()
                .filter(SeverityIcon.class::isInstance).noneMatch(Node::isVisible))).isTrue();
    }

    @Test
    void enterOnASelectedFindingFocusesItsField(FxRobot robot) {
        WindowDriver ui = ui(robot);
        ui.retype("writers[0].roleName", "a b");
        TableRow<?> row = findingRow(robot, "S3G-040");
        onFx(() -> {
            window.findings().getSelectionModel().select(window.findings().getItems().indexOf(row.getItem()));
            window.findings().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Node field = ui.field("writers[0].roleName");
        assertThat(onFx(field::isFocused)).isTrue();
        assertThat(onFx(() -> field.getPseudoClassStates().contains(FormsView.LOCATED))).isTrue();
    }

    @Test
    void theLocationColumnNamesAWritersServiceInTheFormsWordsInEitherLanguage(FxRobot robot) {
        trustLambda(robot);
        assertThat(locationText(robot, "S3G-049")).isEqualTo("Writer A › Who assumes the role › lambda.amazonaws.com");
        TableCell<Finding, String> cell = locationCell(robot, "S3G-049");
        robot.moveTo(cell);
        assertThat(onFx(() -> cell.getTooltip().getText())).as("in full, then as acceptedFindings and the CLI write it")
                .isEqualTo("Writer A › Who assumes the role › lambda.amazonaws.com\nwriters[0].principals.services[1]");

        onFx(() -> vm.text().languageProperty().set(Language.JA));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(locationText(robot, "S3G-049")).isEqualTo("書き込み元 A › ロールを引き受けるサービス › lambda.amazonaws.com");
    }

    @Test
    void theLocationColumnNamesAFieldBySectionAndLabel(FxRobot robot) {
        WindowDriver ui = ui(robot);
        ui.retype("writers[0].roleName", "a b");
        assertThat(locationText(robot, "S3G-040")).isEqualTo("Writer A › Role name");
        onFx(() -> vm.text().languageProperty().set(Language.JA));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(locationText(robot, "S3G-040")).isEqualTo("書き込み元 A › ロール名");
    }

    @Test
    void doubleClickingAnAccessRowSelectsItsDecidingStatementAndExplainsIt(FxRobot robot) {
        ui(robot);
        onFx(() -> accessTab().getTabPane().getSelectionModel().select(accessTab()));
        WaitForAsyncUtils.waitForFxEvents();
        AccessRow first = onFx(() -> window.access().getItems().get(0));
        String deciding = first.decidingStatements().get(0);
        String file = deciding.substring(0, deciding.indexOf('#'));
        String sid = deciding.substring(deciding.indexOf('#') + 1);

        TableRow<?> row = robot.lookup(".access-matrix .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> first.equals(r.getItem())).findFirst().orElseThrow();
        // On a loaded machine the robot's two clicks may come too far apart to count as one double-click.
        for (int attempt = 0; attempt < 3 && onFx(() -> vm.editor().selectedElementProperty().get()) == null; attempt++) {
            robot.doubleClickOn(row);
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(onFx(() -> vm.editor().selectedElementProperty().get())).isEqualTo(new ElementRef(file, sid));
        String selected = onFx(() -> window.preview().view(window.preview().paths().stream()
                .filter(p -> p.endsWith(file)).findFirst().orElseThrow()).orElseThrow().area().getSelectedText());
        assertThat(selected).contains("\"Sid\": \"" + sid + "\"");
        assertThat(onFx(() -> window.explanation().shownText())).contains(sid);
    }

    @Test
    void enterOnASelectedAccessRowOpensItsDecidingStatementToo(FxRobot robot) {
        ui(robot);
        onFx(() -> accessTab().getTabPane().getSelectionModel().select(accessTab()));
        WaitForAsyncUtils.waitForFxEvents();
        AccessRow second = onFx(() -> window.access().getItems().get(1));
        String deciding = second.decidingStatements().get(0);
        onFx(() -> {
            window.access().getSelectionModel().select(1);
            window.access().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> vm.editor().selectedElementProperty().get()).toString()).isEqualTo(deciding);
    }

    @Test
    void accessCheckHeadersExplainTheirColumnInBothLanguages(FxRobot robot) {
        ui(robot);
        onFx(() -> accessTab().getTabPane().getSelectionModel().select(accessTab()));
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.Label> headers = onFx(() -> window.access().getColumns().stream()
                .map(c -> (javafx.scene.control.Label) c.getGraphic()).toList());
        assertThat(onFx(() -> headers.stream().map(Labeled::getText).toList())).containsExactly(
                "Request", "Intended", "Evaluated", "Principal", "Action", "Resource", "Deciding statements");
        headers.forEach(robot::moveTo);
        assertThat(onFx(() -> headers.get(2).getTooltip().getText())).startsWith("The outcome of the generated policies");
        assertThat(onFx(() -> headers.stream().allMatch(h -> h.getTooltip() != null && !h.getTooltip().getText().isEmpty())))
                .isTrue();

        onFx(() -> vm.text().languageProperty().set(Language.JA));
        assertThat(onFx(() -> headers.get(2).getText())).isEqualTo("評価結果");
        assertThat(onFx(() -> headers.get(2).getTooltip().getText())).startsWith("生成したポリシーを IAM と同じ方法で評価した結果です。");
    }

    @Test
    void aCutAccessCellShowsItsFullTextAsTooltip(FxRobot robot) {
        ui(robot);
        onFx(() -> accessTab().getTabPane().getSelectionModel().select(accessTab()));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> principal = robot.lookup(".access-matrix .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == window.access().getColumns().get(3) && c.getText() != null)
                .findFirst().orElseThrow();
        robot.moveTo(principal);
        assertThat(onFx(() -> principal.getTooltip().getText())).startsWith(onFx(() -> principal.getText()) + "\n\n");
    }

    @Test
    void undoSaysWhatItTakesBackAndGoesToThatField(FxRobot robot) {
        WindowDriver ui = ui(robot);
        assertThat(undoText()).isEqualTo("Undo");
        ui.retype("writers[0].roleName", "r2");
        assertThat(undoText()).isEqualTo("Undo: Writer A › Role name");
        onFx(() -> vm.text().languageProperty().set(Language.JA));
        assertThat(undoText()).isEqualTo("元に戻す: 書き込み元 A › ロール名");
        onFx(() -> vm.text().languageProperty().set(Language.EN));

        ui.click("#field-bucket-name");
        ui.menu("menu-undo");

        TextField role = ui.textField("writers[0].roleName");
        assertThat(onFx(() -> role.getText())).isEqualTo("ecs-cross-account-s3-role");
        assertThat(onFx(role::isFocused)).isTrue();
        assertThat(redoText()).isEqualTo("Redo: Writer A › Role name");
    }

    @Test
    void anEmptyAccountIdSaysRequiredAndNoTextShowsAHalfBuiltArn(FxRobot robot) {
        WindowDriver ui = ui(robot);
        TextField account = ui.textField("writers[0].accountId");
        onFx(() -> account.setText(""));
        ui.settle();
        assertThat(onFx(() -> account.getPromptText())).isEqualTo("required");
        assertThat(onFx(() -> ((javafx.scene.control.TitledPane) robot.lookup("#writer-0").query()).getText()))
                .isEqualTo("Writer A (account ID required)");

        onFx(() -> vm.editor().showLocation(new dev.s3grant.analysis.Location.FileElementLocation(
                "policies/bucket-policy.json", "AllowPutFromA")));
        onFx(() -> accessTab().getTabPane().getSelectionModel().select(accessTab()));
        WaitForAsyncUtils.waitForFxEvents();

        String everything = onFx(() -> String.join("\n", texts(window.root()))) + "\n"
                + onFx(() -> window.explanation().shownText());
        assertThat(everything).doesNotContain(":iam:::").doesNotContain(":sts:::").contains("(account ID required)");
    }

    // ---- steps and lookups

    private WindowDriver ui(FxRobot robot) {
        return open.driver(robot);
    }

    /** Writer A trusts the service list with Lambda ticked: Lambda sends no source keys, so S3G-049 is about it. */
    private WindowDriver trustLambda(FxRobot robot) {
        WindowDriver ui = ui(robot);
        ui.click("#field-writers-0-principals-mode-SERVICES");
        ui.click(LAMBDA_BOX);
        onFx(() -> findingsTab().getTabPane().getSelectionModel().select(findingsTab()));
        WaitForAsyncUtils.waitForFxEvents();
        return ui;
    }

    private TableRow<?> findingRow(FxRobot robot, String code) {
        Finding finding = onFx(() -> window.findings().getItems().stream().filter(f -> f.code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " in " + window.findings().getItems())));
        onFx(() -> window.findings().scrollTo(finding));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".findings-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> finding.equals(r.getItem())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableCell<Finding, String> locationCell(FxRobot robot, String code) {
        TableRow<?> row = findingRow(robot, code);
        return (TableCell<Finding, String>) onFx(() -> row.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() == window.findings().getColumns().get(3))
                .findFirst().orElseThrow());
    }

    private String locationText(FxRobot robot, String code) {
        return onFx(() -> locationCell(robot, code).getText());
    }

    private Tab findingsTab() {
        return onFx(() -> tabWithId("tab-findings"));
    }

    private Tab accessTab() {
        return onFx(() -> tabWithId("tab-access"));
    }

    private Tab tabWithId(String id) {
        TabPane lower = (TabPane) window.root().lookup(".lower-tabs");
        return lower.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private String undoText() {
        return onFx(() -> menuItem("menu-undo").getText());
    }

    private String redoText() {
        return onFx(() -> menuItem("menu-redo").getText());
    }

    private MenuItem menuItem(String id) {
        return window.menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Every text a labelled node or a table cell shows under {@code root}. */
    private static List<String> texts(Node root) {
        List<String> all = new ArrayList<>();
        if (root instanceof Labeled l && l.getText() != null) {
            all.add(l.getText());
        }
        if (root instanceof javafx.scene.control.TextInputControl t) {
            all.add(t.getText());
        }
        if (root instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> all.addAll(texts(c)));
        }
        return all;
    }
}
