package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.forms.FormsView;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The writers at the scale of an organization (issue 20): a virtualized list of writers and the
 * editor of the selected one, so that many writers cost the form a few rows and one editor.
 */
@ExtendWith(ApplicationExtension.class)
class WriterListJourneyTest {

    /** Far more writers than the list shows rows ({@code WritersSection.VISIBLE_ROWS}). */
    private static final int WRITERS = 150;

    private ExampleWindow open;
    private DesignerSession vm;
    private DesignerWindow window;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, new FakeDialogs());
        vm = open.vm;
        window = open.window;
    }

    @AfterEach
    void stop() {
        open.close();
    }

    private WindowDriver withWriters(FxRobot robot, int count) {
        WindowDriver ui = open.driver(robot);
        Design many = KeystrokeLatencyTest.withWriters(vm.editor().design(), count);
        onFx(() -> vm.editor().replace(many));
        ui.settle();
        return ui;
    }

    @Test
    void aHundredAndFiftyWritersMakeRowsOnlyForTheVisibleOnesAndOneEditor(FxRobot robot) {
        withWriters(robot, WRITERS);

        ListView<?> list = robot.lookup("#writer-list").queryAs(ListView.class);
        assertThat(onFx(() -> list.getItems().size())).isEqualTo(WRITERS);
        assertThat(robot.lookup(".writer-row").queryAll().stream().filter(Node::isVisible).count())
                .isBetween(1L, 20L);
        assertThat(robot.lookup(".writer-row").queryAll()).hasSizeLessThan(40);
        assertThat(robot.lookup("#writer-0").tryQuery()).isPresent();
        assertThat(robot.lookup("#writer-1").tryQuery()).isEmpty();
    }

    @Test
    void selectingAWriterShowsItsEditor(FxRobot robot) {
        WindowDriver ui = withWriters(robot, WRITERS);

        onFx(() -> window.forms().writers().show(121));
        ui.settle();

        assertThat(robot.lookup("#writer-121").tryQuery()).isPresent();
        assertThat(robot.lookup("#writer-0").tryQuery()).isEmpty();
        assertThat(ui.textField("writers[121].accountId").getText()).isEqualTo("100000000121");
        ui.retype("writers[121].roleName", "other-writer");
        assertThat(vm.editor().design().writers().get(121).roleName()).isEqualTo("other-writer");
    }

    @Test
    void aFindingAboutAnotherWritersFieldSelectsThatWriterAndFocusesTheField(FxRobot robot) {
        WindowDriver ui = withWriters(robot, WRITERS);

        boolean found = onFx(() -> window.forms().focus("writers[140].roleName"));
        ui.settle();

        assertThat(found).isTrue();
        TextField field = ui.textField("writers[140].roleName");
        assertThat(onFx(field::isFocused)).isTrue();
        assertThat(onFx(() -> FormsView.find(window.forms().getContent(), "writers[0].roleName"))).isEmpty();
    }
}
