package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.map.ArrowKind;
import dev.s3grant.map.GrantMap;
import dev.s3grant.map.MapArrow;
import dev.s3grant.map.MapPoint;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.map.GrantMapView;
import dev.s3grant.ui.preview.CodeView;
import dev.s3grant.ui.preview.ElementRef;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/** The Grant map tab's journeys, headless: click an arrow, edit, select in the preview, zoom, export. */
@ExtendWith(ApplicationExtension.class)
class GrantMapJourneyTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private ExampleWindow open;
    private DesignerSession vm;
    private DesignerWindow window;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, dialogs);
        vm = open.vm;
        window = open.window;
    }

    @AfterEach
    void stop() {
        open.close();
    }

    /** Opens the Grant map tab (View › Show Grant Map) once the first map is laid out. */
    private WindowDriver showMap(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        waitFor(() -> vm.map().map() != null);
        ui.menu("menu-show-map");
        // drawn and laid out in the shown tab before anything reads a position on the screen
        waitFor(() -> window.map().rebuilds() > 0);
        ui.settle();
        return ui;
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writer A's s3:PutObject arrow, the one the bucket policy's AllowPutFromA allows. */
    private MapArrow putArrowOfA() {
        GrantMap map = onFx(() -> vm.map().map());
        return map.arrows().stream()
                .filter(a -> a.kind() == ArrowKind.PUT_OBJECT)
                .filter(a -> a.allowedBy().stream().anyMatch(t -> t.element().equals("AllowPutFromA")))
                .findFirst().orElseThrow(() -> new AssertionError("no put arrow for A in " + map.arrows()));
    }

    private static List<String> texts(Node node) {
        if (node instanceof Text t) {
            return List.of(t.getText());
        }
        if (node instanceof Parent p) {
            return p.getChildrenUnmodifiable().stream().flatMap(c -> texts(c).stream()).toList();
        }
        return List.of();
    }

    private Node item(String id) {
        return onFx(() -> window.map().item(id).orElseThrow(() -> new AssertionError("not drawn: " + id)));
    }

    @Test
    void clickingAnArrowSelectsItsFirstStatementInThePreviewAndExplainsIt(FxRobot robot) {
        WindowDriver ui = showMap(robot);
        // the whole map in view, whatever the window's width, so the arrow is on the screen
        onFx(() -> {
            vm.map().zoomOut();
            vm.map().zoomOut();
            return null;
        });
        ui.settle();
        MapArrow put = putArrowOfA();
        MapPoint a = put.points().get(0);
        MapPoint b = put.points().get(1);
        Node drawing = onFx(() -> item(put.id()).getParent());
        double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
        double along = Math.min(1, 20 / length); // near its start, which the tab shows without scrolling
        Point2D onLine = onFx(() -> drawing.localToScreen(a.x() + (b.x() - a.x()) * along, a.y() + (b.y() - a.y()) * along));

        // the click lands on whatever window is in front at that point of the screen
        robot.interact(() -> ((Stage) drawing.getScene().getWindow()).toFront());
        robot.clickOn(onLine);
        waitFor(() -> put.id().equals(vm.map().selectedProperty().get()));
        ui.settle();

        ElementRef first = new ElementRef(
                dev.s3grant.ui.preview.PreviewDocument.fileName(put.allowedBy().get(0).file()), put.allowedBy().get(0).element());
        assertThat(onFx(() -> vm.map().selectedProperty().get())).isEqualTo(put.id());
        Tab shown = onFx(() -> window.preview().getSelectionModel().getSelectedItem());
        assertThat(onFx(shown::getText)).isEqualTo(first.file());
        CodeView code = (CodeView) onFx(shown::getContent);
        assertThat(onFx(() -> code.area().getSelectedText())).contains("\"Sid\": \"" + first.element() + "\"");
        assertThat(onFx(() -> vm.editor().selectedElementProperty().get())).isEqualTo(first);
        String what = onFx(() -> vm.text().render(
                vm.editor().output().explanation(first).orElseThrow().paragraphs().get(0).texts().get(0)));
        assertThat(onFx(() -> window.explanation().shownText())).contains(what);
    }

    @Test
    void changingAFieldRedrawsTheMapWithTheNewValue(FxRobot robot) {
        WindowDriver ui = showMap(robot);
        assertThat(onFx(() -> texts(window.map().getContent()))).noneMatch(t -> t.contains("zz-bkt"));
        int drawn = onFx(() -> window.map().rebuilds());

        ui.retype("bucket.name", "zz-bkt");
        waitFor(() -> window.map().rebuilds() > drawn);

        assertThat(onFx(() -> texts(window.map().getContent()))).anyMatch(t -> t.contains("zz-bkt"));
        assertThat(onFx(() -> texts(window.map().getContent()))).noneMatch(t -> t.contains("central-ingest-222222222222"));
    }

    @Test
    void aHiddenMapIsNotDrawnUntilItsTabIsShown(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        ui.retype("bucket.name", "zz-bkt");
        assertThat(onFx(() -> window.map().rebuilds())).isZero();

        showMap(robot);

        assertThat(onFx(() -> window.map().rebuilds())).isEqualTo(1);
        assertThat(onFx(() -> texts(window.map().getContent()))).anyMatch(t -> t.contains("zz-bkt"));
    }

    @Test
    void puttingTheCaretOnAStatementInThePreviewHighlightsItsArrow(FxRobot robot) {
        WindowDriver ui = showMap(robot);
        MapArrow put = putArrowOfA();
        assertThat(onFx(() -> GrantMapView.isHighlighted(item(put.id())))).isFalse();

        onFx(() -> window.preview().highlight(new ElementRef("bucket-policy.json", "")));
        CodeView bucket = ui.tab("policies/bucket-policy.json");
        onFx(() -> bucket.area().moveTo(bucket.area().getText().indexOf("AllowPutFromA")));
        ui.settle();

        assertThat(onFx(() -> vm.editor().selectedElementProperty().get()))
                .isEqualTo(new ElementRef("bucket-policy.json", "AllowPutFromA"));
        assertThat(onFx(() -> GrantMapView.isHighlighted(item(put.id())))).isTrue();
        assertThat(onFx(() -> vm.map().highlightedProperty().get())).contains(put.id());
    }

    @Test
    void theKeyboardMovesTheSelectionAndZoomsWithoutChangingTheFontSize(FxRobot robot) {
        WindowDriver ui = showMap(robot);
        onFx(() -> vm.map().resetZoom()); // the first show may have fitted the map to the tab
        String firstBox = onFx(() -> vm.map().map().boxes().get(0).id());
        int fontSize = onFx(() -> vm.view().fontSizeProperty().get());

        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        ui.settle();
        assertThat(onFx(() -> vm.map().selectedProperty().get())).isEqualTo(firstBox);
        assertThat(onFx(() -> GrantMapView.isSelected(item(firstBox)))).isTrue();
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        ui.settle();
        assertThat(onFx(() -> vm.map().selectedProperty().get())).isEqualTo(onFx(() -> vm.map().map().boxes().get(1).id()));
        assertThat(onFx(() -> GrantMapView.isSelected(item(firstBox)))).isFalse();

        ui.shortcut(KeyCode.EQUALS, false);
        assertThat(onFx(() -> vm.map().zoomProperty().get())).isEqualTo(1.25);
        assertThat(onFx(() -> window.map().getContent().getLayoutBounds().getWidth()))
                .isCloseTo(onFx(() -> vm.map().map().width()) * 1.25, org.assertj.core.data.Offset.offset(2.0));
        ui.shortcut(KeyCode.DIGIT0, false);
        assertThat(onFx(() -> vm.map().zoomProperty().get())).isEqualTo(1);
        assertThat(onFx(() -> vm.view().fontSizeProperty().get())).isEqualTo(fontSize);
    }

    @Test
    void exportingTheMapWritesAValidSvgAndAPngOfTheMapsSize(FxRobot robot) throws Exception {
        WindowDriver ui = showMap(robot);
        GrantMap map = onFx(() -> vm.map().map());

        dialogs.pictureFile = dir.resolve("grant-map.svg");
        ui.menu("menu-export-map-svg");
        waitFor(() -> Files.exists(dir.resolve("grant-map.svg")));
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("grant-map.svg").toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Files.readString(dir.resolve("grant-map.svg"))).contains("central-ingest-222222222222");

        dialogs.pictureFile = dir.resolve("grant-map.png");
        ui.menu("menu-export-map-png");
        waitFor(() -> Files.exists(dir.resolve("grant-map.png")));
        BufferedImage png = ImageIO.read(dir.resolve("grant-map.png").toFile());
        assertThat(png).isNotNull();
        assertThat(png.getWidth()).isEqualTo((int) Math.ceil(map.width()));
        assertThat(png.getHeight()).isEqualTo((int) Math.ceil(map.height()));
        assertThat(dialogs.errors).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("grant-map.svg", "grant-map.png");
        }
    }

    @Test
    void arrowsAreColouredByTheAccessCheckAndBySelection(FxRobot robot) {
        WindowDriver ui = showMap(robot);
        MapArrow put = putArrowOfA();
        javafx.scene.shape.Shape line = (javafx.scene.shape.Shape) onFx(() -> ((Parent) item(put.id())).lookup(".map-arrow-line"));
        assertThat(onFx(() -> item(put.id()).getStyleClass())).contains("map-arrow", "map-allowed");
        assertThat(onFx(line::getStroke)).isEqualTo(javafx.scene.paint.Color.web("#1a7f37"));

        onFx(() -> vm.map().select(put.id()));
        ui.settle();
        onFx(() -> window.map().applyCss());

        assertThat(onFx(line::getStroke)).isEqualTo(javafx.scene.paint.Color.web("#0969da"));
        assertThat(onFx(line::getStrokeWidth)).isEqualTo(4.5);
    }

    @Test
    void showChangesSinceSavedMarksAnEditedBoxUntilTurnedOff(FxRobot robot) {
        WindowDriver ui = showMap(robot);
        onFx(() -> vm.editor().edit("bucket.name", false, d -> d.withBucket(d.bucket().withName("zz-bkt"))));
        waitFor(() -> texts(window.map().getContent()).stream().anyMatch(t -> t.contains("zz-bkt")));
        assertThat(onFx(() -> item("owner/bucket").getStyleClass())).doesNotContain("map-changed");

        toggle(ui, "menu-map-show-changes");
        waitFor(() -> item("owner/bucket").getStyleClass().contains("map-changed"));

        javafx.scene.shape.Shape frame = (javafx.scene.shape.Shape) onFx(() -> ((Parent) item("owner/bucket")).lookup(".map-box-frame"));
        onFx(() -> window.map().applyCss());
        assertThat(onFx(frame::getStroke)).as("drawn in the mark's colour (-map-added of the light palette)").isEqualTo(javafx.scene.paint.Color.web("#116329"));
        assertThat(onFx(frame::getStrokeDashArray)).isNotEmpty();
        assertThat(onFx(() -> item("organization").getStyleClass())).doesNotContain("map-changed", "map-added", "map-removed");
        assertThat(onFx(() -> ((javafx.scene.control.CheckMenuItem) findMenuItem("menu-map-show-changes")).isSelected())).isTrue();

        toggle(ui, "menu-map-show-changes");
        waitFor(() -> !item("owner/bucket").getStyleClass().contains("map-changed"));
        assertThat(onFx(() -> vm.map().showChangesProperty().get())).isFalse();
    }

    /** Ticks or unticks a check menu item, as a click on it in the open menu does (its fire() alone does not). */
    private void toggle(WindowDriver ui, String id) {
        onFx(() -> {
            javafx.scene.control.CheckMenuItem item = (javafx.scene.control.CheckMenuItem) findMenuItem(id);
            item.setSelected(!item.isSelected());
        });
        ui.settle();
    }

    private javafx.scene.control.MenuItem findMenuItem(String id) {
        return window.menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void zoomToFitShowsTheWholeMapInTheTab(FxRobot robot) {
        WindowDriver ui = showMap(robot);
        onFx(() -> vm.map().setZoom(3));
        ui.settle();
        assertThat(onFx(() -> window.map().getContent().getLayoutBounds().getWidth()))
                .isGreaterThan(onFx(() -> window.map().getViewportBounds().getWidth()));

        ui.menu("menu-map-zoom-fit");

        double zoom = onFx(() -> vm.map().zoomProperty().get());
        GrantMap map = onFx(() -> vm.map().map());
        javafx.geometry.Bounds view = onFx(() -> window.map().getViewportBounds());
        assertThat(zoom).isLessThan(1);
        assertThat(map.width() * zoom).isLessThanOrEqualTo(view.getWidth() + 1);
        assertThat(map.height() * zoom).isLessThanOrEqualTo(view.getHeight() + 1);
        assertThat(Math.max(map.width() * zoom / view.getWidth(), map.height() * zoom / view.getHeight()))
                .as("the map fills the view in one direction").isGreaterThan(0.9);
        waitFor(() -> Math.abs(window.map().getContent().getLayoutBounds().getWidth() - map.width() * zoom) < 2);
    }

    @Test
    void aMapLargerThanTheTabIsFittedWhenFirstShownButStaysReadable(FxRobot robot) {
        showMap(robot);
        waitFor(() -> window.map().rebuilds() > 0 && window.map().getViewportBounds().getWidth() > 0);

        GrantMap map = onFx(() -> vm.map().map());
        javafx.geometry.Bounds view = onFx(() -> window.map().getViewportBounds());
        assertThat(map.width() > view.getWidth() || map.height() > view.getHeight())
                .as("the example's map is larger than the tab at 1200 x 760").isTrue();
        double fit = Math.min(view.getWidth() / map.width(), view.getHeight() / map.height());
        assertThat(onFx(() -> vm.map().zoomProperty().get()))
                .isCloseTo(Math.max(fit, dev.s3grant.ui.map.GrantMapViewModel.FIRST_SHOW_MIN_ZOOM),
                        org.assertj.core.data.Offset.offset(0.05));
    }
}
