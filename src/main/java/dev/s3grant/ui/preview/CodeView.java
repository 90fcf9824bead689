package dev.s3grant.ui.preview;

import dev.s3grant.document.FileElement;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.ui.i18n.UiText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.Replacement;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TextOps;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * One preview tab: a read-only code area with line numbers and highlighting, and a header with the
 * file path, the size against its limit (for policies) and a copy button. A new text replaces only
 * the part that changed, restyles only what changed (the styles come computed with the document),
 * and the caret and scroll position stay where they were; while the tab is hidden the code area
 * waits until it is shown. The element under the caret and the element a finding names are found
 * in the file's element list.
 */
public final class CodeView extends BorderPane {

    private static final PseudoClass NEAR = PseudoClass.getPseudoClass("near");
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    private static final TextOps<String, Collection<String>> TEXT = SegmentOps.styledTextOps();

    private final UiText text;
    private final CodeArea area = new CodeArea();
    private final Label pathLabel = new Label();
    private final Label sizeLabel = new Label();
    private final Button copy = new Button();
    private PreviewDocument document;
    /** The text and styles the code area shows, which lag behind the document while the tab is hidden. */
    private String shownText = "";
    private StyleSpans<Collection<String>> shownStyles;
    private StyledLines shownLines;
    /** The file whose text the code area shows: its elements are where the shown text has them. */
    private GeneratedFile shownFile;
    private boolean updating;
    private Consumer<ElementRef> onCaretElement = ref -> { };
    private int replacements;
    private LineNumbers numbers = LineNumbers.forLines(1);

    public CodeView(UiText text) {
        this.text = text;
        getStyleClass().add("code-view");
        area.setEditable(false);
        area.getStyleClass().add("preview-code");
        area.setParagraphGraphicFactory(numbers);
        setCenter(new VirtualizedScrollPane<>(area));

        pathLabel.getStyleClass().add("code-path");
        sizeLabel.getStyleClass().add("code-size");
        copy.getStyleClass().add("copy-button");
        copy.textProperty().bind(text.text("ui.preview.copy"));
        Tooltip copyTip = new Tooltip();
        copyTip.textProperty().bind(text.text("ui.preview.copy.tip"));
        copy.setTooltip(copyTip);
        copy.setOnAction(e -> copyToClipboard());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, pathLabel, spacer, sizeLabel, copy);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("code-header");
        setTop(header);

        text.languageProperty().addListener((o, old, v) -> updateHeader());
        area.caretPositionProperty().addListener((o, old, v) -> {
            if (!updating && document != null) {
                elementAt(v).ifPresent(onCaretElement);
            }
        });
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
     * Brings the code area up to the document, setting only what changed: the lines whose text or
     * styles differ when the number of lines is the same, else the one stretch of text that changed
     * and the styles that changed with it. The caret and the scroll position stay where they were.
     */
    public void refresh() {
        if (document == null) {
            return;
        }
        TextChange change = TextChange.between(shownText, document.text());
        if (change == null) {
            return;
        }
        StyleSpans<Collection<String>> styles = document.styles();
        StyledLines lines = document.lines();
        boolean first = shownText.isEmpty();
        int caret = area.getCaretPosition();
        double scrollY = area.getEstimatedScrollY();
        if (!numbers.fits(lines.lines().size())) {
            numbers = LineNumbers.forLines(lines.lines().size());
            area.setParagraphGraphicFactory(numbers);
        }
        Optional<List<StyledLines.Edit>> edits = first ? Optional.empty() : shownLines.editsTo(lines);
        updating = true;
        try {
            if (edits.isPresent()) {
                setLines(edits.get());
            } else {
                area.replaceText(change.start(), change.end(), change.replacement());
                StyleChange restyle = first ? new StyleChange(0, styles.length()) : StyleChange.between(shownStyles, styles, change);
                if (!restyle.isEmpty()) {
                    area.setStyleSpans(restyle.from(), styles.subView(restyle.from(), restyle.to()));
                }
                area.moveTo(first ? 0 : Math.min(caret, area.getLength()));
            }
        } finally {
            updating = false;
        }
        shownText = document.text();
        shownFile = document.file();
        shownStyles = styles;
        shownLines = lines;
        replacements++;
        if (first) {
            area.showParagraphAtTop(0);
        } else if (edits.isEmpty()) {
            area.estimatedScrollYProperty().setValue(scrollY);
        }
        // Lay the area out now, not in the next pulse: the paragraphs it creates then invalidate the
        // scene root's CSS after that pulse's CSS pass, and the pulse after it, with the root as its
        // only change, makes JavaFX repaint the whole window (70-140 ms on the software renderer).
        area.applyCss();
        area.layout();
    }

    /**
     * Sets the edited lines, text and styles, in one change of the document: each change makes the
     * area update its caret, selection and paragraphs. The last line goes first, so that each
     * replacement's offsets are still those of the text before the change; the area's own replace
     * would move the caret, which costs a layout.
     */
    private void setLines(List<StyledLines.Edit> edits) {
        List<Replacement<Collection<String>, String, Collection<String>>> replacements = new ArrayList<>();
        for (int i = edits.size() - 1; i >= 0; i--) {
            StyledLines.Edit edit = edits.get(i);
            int start = area.getAbsolutePosition(edit.index(), 0);
            int end = start + shownLines.lines().get(edit.index()).text().length();
            ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> line =
                    new ReadOnlyStyledDocumentBuilder<>(TEXT, area.getInitialParagraphStyle());
            StyleSpans<Collection<String>> spans = edit.line().spans();
            if (spans == null) {
                line.addParagraph(edit.line().text(), area.getInitialTextStyle());
            } else {
                line.addParagraph(edit.line().text(), spans);
            }
            replacements.add(new Replacement<>(start, end, line.build()));
        }
        if (!replacements.isEmpty()) {
            area.getContent().replaceMulti(replacements);
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
            area.showParagraphAtTop(Math.max(0, area.offsetToPosition(e.start(), TwoDimensional.Bias.Forward).getMajor() - 1));
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
        if (document == null) {
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
        return sizeLabel.isManaged() ? sizeLabel.getText() : "";
    }

    public PreviewDocument document() {
        return document;
    }

    /** How often the code area's text was replaced: a test sees that an unchanged document is left alone. */
    public int replacements() {
        return replacements;
    }

    public CodeArea area() {
        return area;
    }

    public Button copyButton() {
        return copy;
    }
}
