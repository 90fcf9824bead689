package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.preview.CodeView;
import dev.s3grant.ui.preview.ElementRef;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Hidden tabs wait: a keystroke redraws the visible preview tab, and the others catch up when shown. */
@ExtendWith(ApplicationExtension.class)
class HiddenTabsTest {

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

    private static Tab tabOf(TabPane pane, String id) {
        return pane.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    @Test
    void aHiddenPreviewTabShowsTheNewTextWhenItIsSelected(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        onFx(() -> window.preview().highlight(new ElementRef("bucket-policy.json", "")));
        ui.retype("bucket.name", "zz-bkt");
        CodeView role = ui.tab("policies/A-role-policy.json");

        assertThat(onFx(() -> ui.tab("policies/bucket-policy.json").area().getText())).contains("zz-bkt");
        assertThat(onFx(role::showsDocument)).isFalse();
        assertThat(onFx(() -> role.area().getText())).doesNotContain("zz-bkt");
        assertThat(role.text()).contains("arn:aws:s3:::zz-bkt/incoming/*");

        onFx(() -> window.preview().highlight(new ElementRef("A-role-policy.json", "")));

        assertThat(onFx(role::showsDocument)).isTrue();
        assertThat(onFx(() -> role.area().getText())).isEqualTo(role.text());
    }

    @Test
    void aFileTabBuildsItsCodeAreaWhenItIsFirstShown(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        List<Tab> files = onFx(() -> window.preview().getTabs().stream()
                .filter(t -> t.getProperties().containsKey("documentPath")).toList());
        Tab selected = onFx(() -> window.preview().getSelectionModel().getSelectedItem());

        assertThat(files).hasSizeGreaterThan(2).filteredOn(t -> onFx(t::getContent) != null).containsExactly(selected);

        Tab bucket = tabOf(window.preview(), "preview-policies_bucket-policy_json");
        onFx(() -> window.preview().getSelectionModel().select(bucket));
        ui.settle();

        CodeView view = (CodeView) onFx(bucket::getContent);
        assertThat(onFx(view::showsDocument)).isTrue();
        assertThat(onFx(() -> view.area().getText())).contains("\"Sid\": \"AllowPutFromA\"");
    }

    @Test
    void theAccessCheckIsFilledWhenItsTabIsShown(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        ui.retype("bucket.name", "zz-bkt");
        assertThat(onFx(() -> window.access().getItems().isEmpty())).isTrue();

        TabPane lower = (TabPane) onFx(() -> window.root().lookup(".lower-tabs"));
        onFx(() -> lower.getSelectionModel().select(tabOf(lower, "tab-access")));

        assertThat(onFx(() -> window.access().getItems())).isEqualTo(vm.editor().output().access()).isNotEmpty()
                .anySatisfy(row -> assertThat(row.resource()).contains("zz-bkt"));
    }
}
