package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.ui.i18n.UiText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the preview leaves out of its first frame: the tabs' tooltips (decision 0059), the copy button's tooltip and,
 * in the window's first frame, the tabs behind the one in front (decision 0060), whose code view the window's outline
 * made before the pane (decision 0061).
 */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneFirstFrameTest {

    private static final String BUCKET = "policies/bucket-policy.json";
    private static final String ROLE = "policies/app-role-policy.json";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static Map<String, String> tooltips(PreviewPane pane) {
        Map<String, String> tips = new LinkedHashMap<>();
        for (Tab tab : pane.getTabs()) {
            Tooltip tip = tab.getTooltip();
            tips.put(tab.getText(), tip == null ? "none" : tip.getText());
        }
        return tips;
    }

    private static <T> T onFx(Supplier<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read::get).get(5, TimeUnit.SECONDS);
    }

    /** A code view showing the file in front, as the window's outline makes it before the preview pane exists. */
    private static CodeView frontView(List<PreviewDocument> output) {
        CodeView view = new CodeView(new UiText(Language.EN));
        FileTabRule.front(output).ifPresent(view::show);
        return view;
    }

    @Test
    void theTabsGetTheirTooltipsOnceTheFirstFrameIsLaidOutAndLaterTabsAtOnce(FxRobot robot) throws Exception {
        List<Map<String, String>> seen = new ArrayList<>();
        PreviewPane pane = onFx(() -> {
            PreviewPane p = new PreviewPane(new UiText(Language.EN));
            p.update(List.of(Highlight.document(BUCKET, "{}\n")));
            stage.setScene(new Scene(p, 600, 300));
            stage.show();
            seen.add(tooltips(p));
            return p;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> pane.getTabs().get(0).getTooltip() != null));
        seen.add(onFx(() -> tooltips(pane)));

        robot.interact(() -> pane.update(List.of(Highlight.document(BUCKET, "{}\n"), Highlight.document(ROLE, "{}\n"))));
        seen.add(onFx(() -> tooltips(pane)));

        assertThat(seen).containsExactly(
                Map.of("bucket-policy.json", "none"),
                Map.of("bucket-policy.json", BUCKET),
                Map.of("bucket-policy.json", BUCKET, "app-role-policy.json", ROLE));
    }

    @Test
    void theFirstFrameShowsTheTabInFrontAloneWithTheOutlinesCodeViewAndTheNextUpdateAddsTheOthersAfterIt(FxRobot robot) throws Exception {
        List<PreviewDocument> output = List.of(Highlight.document(BUCKET, "{}\n"), Highlight.document(ROLE, "{}\n"));
        List<Object> seen = new ArrayList<>();
        CodeView outlineView = onFx(() -> frontView(output));
        PreviewPane pane = onFx(() -> {
            PreviewPane p = new PreviewPane(new UiText(Language.EN));
            p.adoptFront(outlineView, output);
            stage.setScene(new Scene(p, 600, 300));
            stage.show();
            seen.add(p.paths());
            seen.add(p.shows(output));
            seen.add(p.getTabs().get(0).getContent() == outlineView);
            seen.add(outlineView.lookup(".copy-button") instanceof Button b && b.getTooltip() == null);
            return p;
        });
        Tab front = onFx(() -> pane.getTabs().get(0));
        Button copy = onFx(() -> (Button) front.getContent().lookup(".copy-button"));

        robot.interact(() -> pane.update(output));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> copy.getTooltip() != null));
        seen.add(onFx(pane::paths));
        seen.add(onFx(() -> pane.getTabs().get(0) == front && pane.getSelectionModel().getSelectedItem() == front));
        seen.add(onFx(() -> copy.getTooltip().getText()));

        assertThat(seen).containsExactly(List.of(BUCKET), true, true, true, List.of(BUCKET, ROLE), true,
                "Copies the whole file to the clipboard.");
    }

    @Test
    void withManyFilesTheTabInFrontIsTheFirstFileEveryDesignHasAndTheUpdateKeepsIt(FxRobot robot) throws Exception {
        List<PreviewDocument> output = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            output.add(Highlight.document("policies/w" + i + "-trust-policy.json", "{}\n"));
            output.add(Highlight.document("policies/w" + i + "-role-policy.json", "{}\n"));
        }
        output.add(Highlight.document(BUCKET, "{}\n"));
        output.add(Highlight.document("account_B.tf", "locals {}\n"));
        PreviewPane pane = onFx(() -> {
            PreviewPane p = new PreviewPane(new UiText(Language.EN));
            p.adoptFront(frontView(output), output);
            stage.setScene(new Scene(p, 600, 300));
            stage.show();
            return p;
        });
        List<String> front = onFx(pane::paths);
        Tab shown = onFx(() -> pane.getSelectionModel().getSelectedItem());

        robot.interact(() -> pane.update(output));

        assertThat(front).containsExactly(BUCKET);
        assertThat(onFx(pane::paths)).containsExactly(BUCKET, "account_B.tf");
        assertThat(onFx(() -> pane.getSelectionModel().getSelectedItem())).isSameAs(shown);
        assertThat(onFx(() -> pane.getTabs().get(pane.getTabs().size() - 1).getId())).isEqualTo("preview-files");
    }
}
