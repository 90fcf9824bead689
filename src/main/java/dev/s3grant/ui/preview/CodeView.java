package dev.s3grant.ui.preview;

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
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * One preview tab: a read-only code area with line numbers and highlighting, and a header with the
 * file path, the size against its limit (for policies) and a copy button. A new text replaces only
 * the part that changed, and the caret and scroll position stay where they were.
 */
public final class CodeView extends BorderPane {

    private static final PseudoClass NEAR = PseudoClass.getPseudoClass("near");
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final UiText text;
    private final CodeArea area = new CodeArea();
    private final Label pathLabel = new Label();
    private final Label sizeLabel = new Label();
    private final Button copy = new Button();
    private PreviewDocument document;
    private boolean updating;
    private Consumer<ElementRef> onCaretElement = ref -> { };
    private int replacements;

    public CodeView(UiText text) {
        this.text = text;
        getStyleClass().add("code-view");
        area.setEditable(false);
        area.getStyleClass().add("preview-code");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
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

    /** Shows {@code doc}; the text is replaced only when it changed, and only where it changed. */
    public void show(PreviewDocument doc) {
        this.document = doc;
        updateHeader();
        TextChange change = TextChange.between(area.getText(), doc.text());
        if (change == null) {
            return;
        }
        boolean first = area.getLength() == 0;
        int caret = area.getCaretPosition();
        double scrollY = area.getEstimatedScrollY();
        updating = true;
        try {
            area.replaceText(change.start(), change.end(), change.replacement());
            area.setStyleSpans(0, Styler.of(doc.syntax()).style(doc.text()));
            area.moveTo(first ? 0 : Math.min(caret, area.getLength()));
        } finally {
            updating = false;
        }
        replacements++;
        if (first) {
            area.showParagraphAtTop(0);
        } else {
            area.estimatedScrollYProperty().setValue(scrollY);
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
        Optional<ElementLocator.Element> found = ElementLocator.find(area.getText(), document.syntax(), element);
        found.ifPresent(e -> {
            area.selectRange(e.start(), e.end());
            area.showParagraphAtTop(Math.max(0, area.offsetToPosition(e.start(), TwoDimensional.Bias.Forward).getMajor() - 1));
        });
        return found.isPresent();
    }

    private Optional<ElementRef> elementAt(int offset) {
        return ElementLocator.at(area.getText(), document.syntax(), offset)
                .map(e -> new ElementRef(PreviewDocument.fileName(document.path()), e.id()));
    }

    private void updateHeader() {
        if (document == null) {
            return;
        }
        pathLabel.setText(document.path());
        sizeLabel.setVisible(document.size().isPresent());
        sizeLabel.setManaged(document.size().isPresent());
        document.size().ifPresent(size -> {
            sizeLabel.setText(SizeText.of(size, text));
            sizeLabel.pseudoClassStateChanged(NEAR, size.nearLimit());
            sizeLabel.pseudoClassStateChanged(OVER, size.overLimit());
        });
    }

    private void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        content.putString(area.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    public String text() {
        return area.getText();
    }

    public String sizeText() {
        return sizeLabel.isManaged() ? sizeLabel.getText() : "";
    }

    public PreviewDocument document() {
        return document;
    }

    /** How often the text was replaced: a test sees that an unchanged document is left alone. */
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
