package dev.s3grant.ui.preview;

import dev.s3grant.document.FileElement;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.ui.common.AfterFirstFrame;
import dev.s3grant.ui.i18n.UiText;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One preview tab: read-only code lines with line numbers, highlighting, a caret and the current
 * line ({@link CodeLines}), and a header with the file path, the size against its limit (for
 * policies) and a copy button. A new text sets only the lines that changed (the styles come
 * with the document, computed off the FX thread once the file has been shown), and the caret and scroll position stay where they were; while the
 * tab is hidden the code lines wait until it is shown. The element under the caret and the element a finding names are found
 * in the file's element list. The window's outline shows one without its header and scroll bars
 * ({@link #outline}) before any control exists, which the window then completes (decision 0061).
 */
public final class CodeView extends BorderPane {

    private static final PseudoClass NEAR = PseudoClass.getPseudoClass("near");
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final UiText text;
    private final CodeLines area = new CodeLines();
    /** The header's parts: null in the window's outline until the window adopts the view (decision 0061). */
    private Label pathLabel;
    private Label sizeLabel;
    private Button copy;
    private PreviewDocument document;
    /** The text the code lines show, which lags behind the document while the tab is hidden. */
    private String shownText = "";
    /** The file whose text the code area shows: its elements are where the shown text has them. */
    private GeneratedFile shownFile;
    private boolean updating;
    private Consumer<ElementRef> onCaretElement = ref -> { };
    private int replacements;

    public CodeView(UiText text) {
        this(text, true);
    }

    private CodeView(UiText text, boolean complete) {
        this.text = text;
        getStyleClass().add("code-view");
        area.getStyleClass().add("preview-code");
        setCenter(area);
        if (complete) {
            addHeader();
        } else {
            area.withoutBars();
        }
        area.caretPositionProperty().addListener((o, old, v) -> {
            if (!updating && document != null) {
                elementAt(v.intValue()).ifPresent(onCaretElement);
            }
        });
    }

    /**
     * A code view for the window's outline: the lines alone, without the header and the scroll bars, so that it
     * makes no control and needs no theme (decision 0061). {@link #complete} adds them when the window adopts it.
     */
    public static CodeView outline(UiText text) {
        return new CodeView(text, false);
    }

    /** Adds the header and lets the lines make their scroll bars, if this view was made for the outline. */
    public void complete() {
        if (copy == null) {
            addHeader();
            updateHeader();
            area.allowBars();
        }
    }

    private void addHeader() {
        pathLabel = new Label();
        sizeLabel = new Label();
        copy = new Button();
        pathLabel.getStyleClass().add("code-path");
        sizeLabel.getStyleClass().add("code-size");
        copy.getStyleClass().add("copy-button");
        copy.textProperty().bind(text.text("ui.preview.copy"));
        // The tooltip is not in the first frame that shows the view: it is made after it (decision 0060).
        AfterFirstFrame.run(copy, () -> {
            Tooltip copyTip = new Tooltip();
            copyTip.textProperty().bind(text.text("ui.preview.copy.tip"));
            copy.setTooltip(copyTip);
        });
        copy.setOnAction(e -> copyToClipboard());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, pathLabel, spacer, sizeLabel, copy);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("code-header");
        setTop(header);
        text.languageProperty().addListener((o, old, v) -> updateHeader());
    }

    public void setOnCaretElement(Consumer<ElementRef> handler) {
        this.onCaretElement = handler;
    }

    /**
     * Takes {@code doc} as the tab's document and shows its header. The code area follows at once when
     * {@code now} (the tab is visible); otherwise at the next {@link #refresh()}, when the tab becomes
     * visible, so that opening the window and each keystroke draw only the tab the user sees.
     */
    public void show(PreviewDocument doc, boolean now) {
        this.document = doc;
        updateHeader();
        if (now) {
            refresh();
        }
    }

    /** Shows {@code doc} at once. */
    public void show(PreviewDocument doc) {
        show(doc, true);
    }

    /**
     * Brings the code lines up to the document. Only the lines whose text or styles changed are
     * set again, in the nodes that showed them; the caret and the scroll position stay where they
     * were.
     */
    public void refresh() {
        if (document == null || shownText.equals(document.text()) && shownFile != null) {
            if (document != null) {
                shownFile = document.file();
            }
            return;
        }
        boolean first = shownFile == null;
        updating = true;
        try {
            area.setLines(document.text(), document.lines());
        } finally {
            updating = false;
        }
        shownText = document.text();
        shownFile = document.file();
        replacements++;
        if (first) {
            area.showLineAtTop(0);
        }
        // Lay the lines out now, not in the next pulse, so that the frame after the change draws them
        // with their new text and the pulse after it has nothing left to do. A view in no scene yet has
        // neither its stylesheets nor its size: the pulse that first shows it lays it out (decision 0059).
        if (area.getScene() != null) {
            area.applyCss();
            area.layout();
        }
    }

    /** Selects the statement or block {@code element} and scrolls it into view. */
    public boolean highlight(String element) {
        if (document == null) {
            return false;
        }
        if (element.isEmpty()) {
            return true;
        }
        Optional<FileElement> found = shownFile == null ? Optional.empty() : shownFile.element(element);
        found.ifPresent(e -> {
            area.selectRange(e.start(), e.end());
            area.showLineAtTop(Math.max(0, area.lineOf(e.start()) - 1));
        });
        return found.isPresent();
    }

    private Optional<ElementRef> elementAt(int offset) {
        if (shownFile == null) {
            return Optional.empty();
        }
        return shownFile.elementAt(offset).map(e -> new ElementRef(shownFile.name(), e.id()));
    }

    private void updateHeader() {
        if (document == null || pathLabel == null) {
            return;
        }
        pathLabel.setText(document.path());
        sizeLabel.setVisible(document.size().isPresent());
        sizeLabel.setManaged(document.size().isPresent());
        document.size().ifPresent(size -> {
            sizeLabel.setText(SizeText.of(size, document.writerBudgets(), text));
            sizeLabel.pseudoClassStateChanged(NEAR, size.nearLimit());
            sizeLabel.pseudoClassStateChanged(OVER, size.overLimit());
        });
    }

    private void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        content.putString(text());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** True when the code area shows the document's text and styles (it waits while the tab is hidden). */
    public boolean showsDocument() {
        return document != null && shownText.equals(document.text());
    }

    /** The document's text, which the code area shows once the tab is visible. */
    public String text() {
        return document == null ? "" : document.text();
    }

    public String sizeText() {
        return sizeLabel != null && sizeLabel.isManaged() ? sizeLabel.getText() : "";
    }

    public PreviewDocument document() {
        return document;
    }

    /** How often the code area's text was replaced: a test sees that an unchanged document is left alone. */
    public int replacements() {
        return replacements;
    }

    public CodeLines area() {
        return area;
    }

    public Button copyButton() {
        return copy;
    }
}
