package dev.s3grant.ui.diff;

import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.FileDiff;
import dev.s3grant.diff.FilePresence;
import dev.s3grant.diff.SideNames;
import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import dev.s3grant.ui.common.KeptProportion;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The comparison of Terraform files: the files on the left (one-sided ones marked), the selected
 * file's rows side by side with line numbers and changed words (or unified), unchanged regions
 * folded until clicked, and the semantic summary below. F7 and Shift+F7 go to the next and
 * previous change (on into the next or previous file), and the toolbar says which change is shown. Takes a computed {@link DiffResult}; computing it (off the FX thread) is the
 * caller's job.
 */
public final class DiffView extends BorderPane {

    public static final String STYLESHEET = Objects.requireNonNull(
            DiffView.class.getResource("diff-view.css")).toExternalForm();

    private final DiffViewModel model = new DiffViewModel();
    private final Localizer texts;
    private final ListView<FileDiff> files = new ListView<>();
    private final ListView<DisplayRow> rows = new ListView<>();
    private final SemanticSummaryView summary;
    private final SideNames sides;

    public DiffView(Language language) {
        this(language, SideNames.OLD_NEW);
    }

    /** A view that marks files on one side only in the words of {@code sides} ("only in the existing files"). */
    public DiffView(Language language, SideNames sides) {
        this.texts = Localizer.of(language);
        this.sides = sides;
        this.summary = new SemanticSummaryView(texts, sides);
        getStyleClass().add("diff-view");
        getStylesheets().add(STYLESHEET);
        setTop(toolbar());
        setCenter(body());
        bind();
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public DiffView(DiffResult result, Language language) {
        this(language);
        show(result);
    }

    /** Shows a new result; the toggles keep their state. */
    public void show(DiffResult result) {
        model.resultProperty().set(Objects.requireNonNull(result, "result"));
    }

    public DiffViewModel model() {
        return model;
    }

    private ToolBar toolbar() {
        ToggleButton unified = new ToggleButton(texts.text("diff.view.unified"));
        unified.setId("diff-unified");
        unified.selectedProperty().bindBidirectional(model.unifiedProperty());
        CheckBox ignoreFormatting = new CheckBox(texts.text("diff.view.ignoreFormatting"));
        ignoreFormatting.setId("diff-ignore-formatting");
        ignoreFormatting.selectedProperty().bindBidirectional(model.ignoreFormattingProperty());
        Button previous = new Button(texts.text("diff.view.previous"));
        previous.setOnAction(e -> model.previousChange());
        Button next = new Button(texts.text("diff.view.next"));
        next.setOnAction(e -> model.nextChange());
        Label position = new Label();
        position.setId("diff-position");
        position.getStyleClass().add("diff-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        position.textProperty().bind(Bindings.createStringBinding(() -> positionText(),
                model.changeNumberProperty(), model.changeCountProperty(), model.selectedFileProperty()));
        return new ToolBar(previous, next, position, unified, ignoreFormatting);
    }

    /** "Change 3 of 7", or "No differences." for a file without changes. */
    private String positionText() {
        int count = model.changeCountProperty().get();
        if (count == 0) {
            return model.selectedFileProperty().get() == null ? "" : texts.text("diff.view.noChanges");
        }
        return texts.format("diff.view.position", model.changeNumberProperty().get(), count);
    }

    private SplitPane body() {
        files.setId("diff-files");
        files.setCellFactory(list -> new FileCell());
        rows.setId("diff-rows");
        rows.getStyleClass().add("diff-rows");
        rows.setCellFactory(list -> new DiffRowCell(texts, folded -> model.expand(folded.region())));
        ScrollPane summaryPane = new ScrollPane(summary);
        summaryPane.setFitToWidth(true);
        summary.setId("diff-summary");
        SplitPane right = new SplitPane(rows, summaryPane);
        right.setOrientation(Orientation.VERTICAL);
        new KeptProportion(right, 0.75);
        VBox left = new VBox(new Label(texts.text("diff.view.files")), files);
        left.getStyleClass().add("diff-file-list");
        VBox.setVgrow(files, javafx.scene.layout.Priority.ALWAYS);
        SplitPane body = new SplitPane(left, right);
        new KeptProportion(body, 0.22);
        return body;
    }

    private void bind() {
        files.setItems(model.files());
        rows.setItems(model.rows());
        files.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedFileProperty().set(now);
            }
        });
        model.selectedFileProperty().addListener((o, old, now) -> {
            files.getSelectionModel().select(now);
            summary.show(now, model.ignoreFormattingProperty().get());
        });
        model.ignoreFormattingProperty().addListener((o, old, now) -> summary.show(model.selectedFileProperty().get(), now));
        model.currentRowProperty().addListener((o, old, now) -> {
            if (now >= 0) {
                rows.getSelectionModel().clearAndSelect(now);
                rows.scrollTo(Math.max(0, now - 2));
            }
        });
        // New rows for the same change (the design changed): the change stays marked, without scrolling.
        model.rows().addListener((javafx.collections.ListChangeListener<DisplayRow>) c -> {
            int now = model.currentRowProperty().get();
            if (now >= 0 && now < model.rows().size() && rows.getSelectionModel().getSelectedIndex() != now) {
                rows.getSelectionModel().clearAndSelect(now);
            }
        });
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() != KeyCode.F7) {
            return;
        }
        if (event.isShiftDown()) {
            model.previousChange();
        } else {
            model.nextChange();
        }
        event.consume();
    }

    /**
     * A file: its path, and whether it exists on one side only (a {@code +} or {@code −} before the
     * path, as in a diff's block markers, with the side named in the tooltip and the summary).
     */
    /**
     * One file of the list. A path longer than the list is cut at its start ("…account_prod.tf"), so the
     * file's own name stays readable, and the tooltip always holds the whole path.
     */
    private final class FileCell extends ListCell<FileDiff> {

        FileCell() {
            setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            setEllipsisString("\u2026");
            // As wide as the list, never wider: the list does not scroll sideways, the text is cut instead.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(FileDiff file, boolean empty) {
            super.updateItem(file, empty);
            getStyleClass().removeAll("diff-one-sided", "diff-formatting-only", "diff-changed", "diff-access-changed");
            setTooltip(null);
            if (empty || file == null) {
                setText(null);
                return;
            }
            if (file.presence() == FilePresence.BOTH) {
                setText(file.path());
                setTooltip(new Tooltip(file.path()));
                if (file.text().hasChanges()) {
                    getStyleClass().add(SemanticSummaryView.styleOf(file.label()));
                }
            } else {
                boolean oldOnly = file.presence() == FilePresence.OLD_ONLY;
                setText((oldOnly ? "\u2212 " : "+ ") + file.path());
                setTooltip(new Tooltip(file.path() + "\n" + texts.text(oldOnly ? sides.viewOldOnlyKey() : sides.viewNewOnlyKey())));
                getStyleClass().add("diff-one-sided");
            }
        }
    }
}
