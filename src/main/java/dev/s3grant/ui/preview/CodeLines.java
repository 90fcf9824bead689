package dev.s3grant.ui.preview;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * The preview's read-only text: a virtualized view of styled lines with line numbers, a caret, the
 * current line and a selection, written for the preview instead of RichTextFX's code area.
 *
 * <p>It keeps one {@link CodeLine} and one {@link LineNumber} per visible line and never replaces
 * them: a changed line sets the text of the nodes already there, so that JavaFX repaints that
 * line, not the whole viewport (a code area makes a new paragraph node for a changed line, and
 * JavaFX repaints a group whose children change anywhere but at its end). Lines are one height,
 * that of the code font; the caret and the current line are nodes of their own, so moving the caret
 * moves two small nodes. Layers, back to front: the current line and the selection, the lines, the
 * caret, then the line numbers, which stay in place when the text scrolls sideways.
 */
public final class CodeLines extends Region {

    private static final Duration BLINK = Duration.millis(500);

    /**
     * The scroll bars, made when the lines first need one, and only once bars are allowed: a view whose lines fit
     * makes no scroll bar, and the window's outline shows its code view before any control exists (decision 0061).
     */
    private ScrollBar vertical;
    private ScrollBar horizontal;
    private boolean barsAllowed = true;
    /** Where the view is scrolled to, with or without its bars, and how far it can be. */
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY");
    private final DoubleProperty scrollX = new SimpleDoubleProperty(this, "scrollX");
    private double maxY;
    private double maxX;
    /** Whether the last layout scrolled the lines that way: they did not fit, with or without a bar. */
    private boolean scrollsVertically;
    private boolean scrollsHorizontally;
    private final Pane body = new Pane();
    private final Group back = new Group();
    private final Group front = new Group();
    private final Group lineLayer = new Group();
    private final Group numberLayer = new Group();
    private final Region currentLine = new Region();
    private final Path selection = new Path();
    private final Rectangle caret = new Rectangle(0, 0, 1.5, 0);
    /** Measures the code font: a text the stylesheet reaches as the lines' texts, never shown. */
    private final Text probe = new CodeText("X");
    private final List<CodeLine> rows = new ArrayList<>();
    private final List<LineNumber> numbers = new ArrayList<>();
    /** The widest line number, never shown: the margin's width. */
    private final LineNumber widest = new LineNumber("");
    private final Rectangle clip = new Rectangle();
    private final ReadOnlyIntegerWrapper caretPosition = new ReadOnlyIntegerWrapper(this, "caretPosition", 0);

    private StyledLines lines = StyledLines.of("", TokenStyles.spans(List.of(), 0, true));
    private String text = "";
    /** The offset of each line's first character. */
    private int[] starts = {0};
    private LineNumbers numbering = LineNumbers.forLines(1);
    private int anchor;
    private int preferredColumn = -1;
    private Timeline blink;

    CodeLines() {
        getStyleClass().add("code-lines");
        setFocusTraversable(true);
        probe.getStyleClass().add("text");
        probe.setVisible(false);
        probe.setManaged(false);
        currentLine.getStyleClass().add("current-line");
        currentLine.setManaged(false);
        selection.getStyleClass().add("selection");
        selection.setManaged(false);
        caret.getStyleClass().add("caret");
        caret.setManaged(false);
        caret.setVisible(false);
        back.getChildren().addAll(currentLine, selection);
        front.getChildren().add(caret);
        back.setManaged(false);
        lineLayer.setManaged(false);
        front.setManaged(false);
        numberLayer.setManaged(false);
        body.getChildren().addAll(probe, back, lineLayer, front);
        body.setClip(clip);
        body.setManaged(false);
        widest.setVisible(false);
        widest.setManaged(false);
        numberLayer.getChildren().add(widest);
        getChildren().addAll(body, numberLayer);

        scrollY.addListener((o, old, v) -> requestLayout());
        scrollX.addListener((o, old, v) -> requestLayout());
        probe.fontProperty().addListener((o, old, v) -> requestLayout());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (CodeKeys.handle(this, e)) {
                e.consume();
            }
        });
        focusedProperty().addListener((o, old, focused) -> blink(focused));
    }

    /** Shows {@code now}; the caret, the selection and the scroll position stay where they were. */
    void setLines(String newText, StyledLines now) {
        this.text = newText;
        this.lines = now;
        List<StyledLines.Line> all = now.lines();
        starts = new int[all.size()];
        int at = 0;
        for (int i = 0; i < all.size(); i++) {
            starts[i] = at;
            at += all.get(i).text().length() + 1;
        }
        if (!numbering.fits(all.size())) {
            numbering = LineNumbers.forLines(all.size());
            numbers.forEach(n -> n.setNumber(""));
        }
        int caretAt = Math.min(caretPosition.get(), newText.length());
        anchor = Math.min(anchor, newText.length());
        caretPosition.set(caretAt);
        requestLayout();
    }

    // ---------- what tests and the code view ask ----------

    public String getText() {
        return text;
    }

    int getLength() {
        return text.length();
    }

    public int getCaretPosition() {
        return caretPosition.get();
    }

    ReadOnlyIntegerProperty caretPositionProperty() {
        return caretPosition.getReadOnlyProperty();
    }

    public String getSelectedText() {
        return text.substring(Math.min(anchor, getCaretPosition()), Math.max(anchor, getCaretPosition()));
    }

    int lineCount() {
        return starts.length;
    }

    /** Puts the caret at {@code offset} without a selection. */
    public void moveTo(int offset) {
        select(offset, offset);
    }

    /** Selects from {@code from} (the anchor) to {@code to} (the caret). */
    public void selectRange(int from, int to) {
        select(from, to);
    }

    void select(int from, int to) {
        anchor = clamp(from);
        preferredColumn = -1;
        caretPosition.set(clamp(to));
        requestLayout();
    }

    /** Moves the caret to {@code offset}; with {@code extend}, keeps the anchor so that the selection grows. */
    void caretTo(int offset, boolean extend, boolean keepColumn) {
        int at = clamp(offset);
        if (!extend) {
            anchor = at;
        }
        if (!keepColumn) {
            preferredColumn = -1;
        }
        caretPosition.set(at);
        showCaret();
        requestLayout();
    }

    void selectAll() {
        anchor = 0;
        caretPosition.set(text.length());
        requestLayout();
    }

    public double getEstimatedScrollY() {
        return scrollY.get();
    }

    public void scrollYToPixel(double y) {
        if (y <= 0) {
            // The top needs no line height: a view showing its first document lays out no text before its
            // stylesheets give it its font (decision 0059).
            scrollY.set(0);
            return;
        }
        maxY = Math.max(0, starts.length * lineHeight() - viewHeight());
        scrollY.set(Math.max(0, Math.min(maxY, y)));
    }

    /** Scrolls so that line {@code line} is the first line shown. */
    public void showLineAtTop(int line) {
        scrollYToPixel(line == 0 ? 0 : line * lineHeight());
    }

    /** The line number shown beside line {@code line}, or null when the line is not shown. */
    Node getParagraphGraphic(int line) {
        layout();
        for (LineNumber number : numbers) {
            if (number.isVisible() && number.line() == line) {
                return number;
            }
        }
        return null;
    }

    /** The line that holds {@code offset}. */
    public int lineOf(int offset) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    int lineStart(int line) {
        return starts[Math.max(0, Math.min(starts.length - 1, line))];
    }

    int lineLength(int line) {
        return lines.lines().get(Math.max(0, Math.min(starts.length - 1, line))).text().length();
    }

    /** The column the caret keeps while it moves up and down. */
    int preferredColumn() {
        return preferredColumn >= 0 ? preferredColumn : getCaretPosition() - lineStart(lineOf(getCaretPosition()));
    }

    void keepColumn(int column) {
        preferredColumn = column;
    }

    /** The lines one page holds. */
    int pageLines() {
        return Math.max(1, (int) (viewHeight() / lineHeight()) - 1);
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(text.length(), offset));
    }

    // ---------- layout ----------

    public double lineHeight() {
        double h = probe.getLayoutBounds().getHeight();
        return h > 0 ? Math.ceil(h) : 16;
    }

    private double viewHeight() {
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        return scrollsHorizontally && barsAllowed ? h - horizontal.prefHeight(-1) : h;
    }

    @Override
    protected void layoutChildren() {
        double top = snappedTopInset();
        double left = snappedLeftInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        double lineHeight = lineHeight();
        double charWidth = Math.max(1, probe.getLayoutBounds().getWidth());
        int count = starts.length;

        widest.setNumber(numbering.text(count - 1));
        double gutter = Math.ceil(widest.prefWidth(-1));

        double contentWidth = maxColumns() * charWidth + charWidth;
        boolean needsVertical = count * lineHeight > height;
        double barWidth = needsVertical && barsAllowed ? bar(Orientation.VERTICAL).prefWidth(-1) : 0;
        boolean needsHorizontal = contentWidth > width - gutter - barWidth;
        double barHeight = needsHorizontal && barsAllowed ? bar(Orientation.HORIZONTAL).prefHeight(-1) : 0;
        if (!needsVertical && needsHorizontal) {
            needsVertical = count * lineHeight > height - barHeight;
            barWidth = needsVertical && barsAllowed ? bar(Orientation.VERTICAL).prefWidth(-1) : 0;
        }
        double viewWidth = width - gutter - barWidth;
        double viewHeight = height - barHeight;
        scrollsVertically = needsVertical;
        scrollsHorizontally = needsHorizontal;
        maxY = Math.max(0, count * lineHeight - viewHeight);
        maxX = Math.max(0, contentWidth - viewWidth);
        if (scrollY.get() > maxY) {
            scrollY.set(maxY);
        }
        if (scrollX.get() > maxX) {
            scrollX.set(maxX);
        }
        if (vertical != null) {
            vertical.setVisible(needsVertical && barsAllowed);
            vertical.setMax(maxY);
            vertical.setVisibleAmount(maxY * viewHeight / Math.max(1, count * lineHeight));
            vertical.setUnitIncrement(lineHeight);
            vertical.setBlockIncrement(Math.max(lineHeight, viewHeight - lineHeight));
            vertical.resizeRelocate(left + width - barWidth, top, barWidth, viewHeight);
        }
        if (horizontal != null) {
            horizontal.setVisible(needsHorizontal && barsAllowed);
            horizontal.setMax(maxX);
            horizontal.setVisibleAmount(maxX * viewWidth / Math.max(1, contentWidth));
            horizontal.setUnitIncrement(charWidth);
            horizontal.resizeRelocate(left + gutter, top + height - barHeight, viewWidth, barHeight);
        }

        body.resizeRelocate(left + gutter, top, Math.max(0, viewWidth), Math.max(0, viewHeight));
        clip.setWidth(Math.max(0, viewWidth));
        clip.setHeight(Math.max(0, viewHeight));
        double scrollY = needsVertical ? this.scrollY.get() : 0;
        double scrollX = needsHorizontal ? this.scrollX.get() : 0;
        back.setLayoutX(-scrollX);
        lineLayer.setLayoutX(-scrollX);
        front.setLayoutX(-scrollX);

        int first = Math.min(count - 1, (int) (scrollY / lineHeight));
        int shown = Math.min(count - first, (int) Math.ceil(viewHeight / lineHeight) + 1);
        for (int k = 0; k < Math.max(shown, rows.size()); k++) {
            if (k < shown) {
                int line = first + k;
                double y = line * lineHeight - scrollY;
                CodeLine row = rowAt(k);
                row.setVisible(true);
                row.show(line, lines.lines().get(line));
                row.resizeRelocate(0, y, Math.max(viewWidth + scrollX, row.prefWidth(-1)), lineHeight);
                LineNumber number = numberAt(k);
                number.setVisible(true);
                number.setLine(line, numbering.text(line));
                number.resizeRelocate(left, top + y, gutter, lineHeight);
            } else {
                rows.get(k).setVisible(false);
                rows.get(k).clear();
                numbers.get(k).setVisible(false);
            }
        }
        layoutCaret(first, shown, lineHeight, scrollY, viewWidth + scrollX);
    }

    private void layoutCaret(int first, int shown, double lineHeight, double scrollY, double width) {
        int caretAt = getCaretPosition();
        int caretLine = lineOf(caretAt);
        double y = caretLine * lineHeight - scrollY;
        currentLine.resizeRelocate(0, y, Math.max(0, width), lineHeight);
        CodeLine row = caretLine >= first && caretLine < first + shown ? rows.get(caretLine - first) : null;
        if (row != null) {
            caret.setX(Math.round(row.x(caretAt - starts[caretLine])));
            caret.setY(y);
            caret.setHeight(lineHeight);
        }
        caret.setOpacity(row == null ? 0 : 1);
        selection.getElements().setAll(selectionShape(first, shown, lineHeight, scrollY));
    }

    private List<PathElement> selectionShape(int first, int shown, double lineHeight, double scrollY) {
        List<PathElement> shape = new ArrayList<>();
        int from = Math.min(anchor, getCaretPosition());
        int to = Math.max(anchor, getCaretPosition());
        if (from == to) {
            return shape;
        }
        double charWidth = probe.getLayoutBounds().getWidth();
        for (int k = 0; k < shown; k++) {
            int line = first + k;
            int start = starts[line];
            int end = start + lineLength(line);
            if (to < start || from > end) {
                continue;
            }
            CodeLine row = rows.get(k);
            double x1 = row.x(Math.max(from, start) - start);
            double x2 = row.x(Math.min(to, end) - start) + (to > end ? charWidth : 0);
            double y = line * lineHeight - scrollY;
            shape.add(new MoveTo(x1, y));
            shape.add(new LineTo(x2, y));
            shape.add(new LineTo(x2, y + lineHeight));
            shape.add(new LineTo(x1, y + lineHeight));
            shape.add(new ClosePath());
        }
        return shape;
    }

    private int maxColumns() {
        int max = 0;
        for (StyledLines.Line line : lines.lines()) {
            max = Math.max(max, line.text().length());
        }
        return max;
    }

    private CodeLine rowAt(int k) {
        while (rows.size() <= k) {
            CodeLine row = new CodeLine();
            rows.add(row);
            lineLayer.getChildren().add(row);
        }
        return rows.get(k);
    }

    private LineNumber numberAt(int k) {
        while (numbers.size() <= k) {
            LineNumber number = new LineNumber("");
            number.setManaged(false);
            numbers.add(number);
            numberLayer.getChildren().add(number);
            // styled before it is measured and drawn, as a line's new texts are (decision 0061)
            number.applyCss();
        }
        return numbers.get(k);
    }

    /**
     * The scroll bar of {@code orientation}, made the first time the lines need it: added over the lines, styled at
     * once (it is made while the view is laid out, after the pulse's styling) and tied to the scroll position.
     */
    private ScrollBar bar(Orientation orientation) {
        boolean isVertical = orientation == Orientation.VERTICAL;
        ScrollBar bar = isVertical ? vertical : horizontal;
        if (bar == null) {
            bar = new ScrollBar();
            bar.setOrientation(orientation);
            bar.valueProperty().bindBidirectional(isVertical ? scrollY : scrollX);
            getChildren().add(bar);
            bar.applyCss();
            if (isVertical) {
                vertical = bar;
            } else {
                horizontal = bar;
            }
        }
        return bar;
    }

    /**
     * Lets the view make its scroll bars. A view made with {@link #withoutBars} shows the lines that fit and no bar
     * until this is called: the window's outline, which no control may be in before the theme (decision 0061).
     */
    void allowBars() {
        if (!barsAllowed) {
            barsAllowed = true;
            requestLayout();
        }
    }

    /** Makes this view leave out its scroll bars until {@link #allowBars}. */
    void withoutBars() {
        barsAllowed = false;
        requestLayout();
    }

    /** The scroll bars made so far, for tests: none while the lines fit. */
    List<ScrollBar> bars() {
        List<ScrollBar> made = new ArrayList<>();
        if (vertical != null) {
            made.add(vertical);
        }
        if (horizontal != null) {
            made.add(horizontal);
        }
        return made;
    }

    /** Scrolls so that the caret's line is shown, moving as little as it can. */
    void showCaret() {
        double lineHeight = lineHeight();
        double viewHeight = viewHeight();
        double y = lineOf(getCaretPosition()) * lineHeight;
        double max = Math.max(0, starts.length * lineHeight - viewHeight);
        maxY = max;
        if (y < scrollY.get()) {
            scrollY.set(y);
        } else if (y + lineHeight > scrollY.get() + viewHeight) {
            scrollY.set(Math.min(max, y + lineHeight - viewHeight));
        }
    }

    // ---------- mouse and focus ----------

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            scrollY.set(Math.max(0, Math.min(maxY, scrollY.get() - e.getDeltaY())));
        }
        if (e.getDeltaX() != 0) {
            scrollX.set(Math.max(0, Math.min(maxX, scrollX.get() - e.getDeltaX())));
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        int at = offsetAt(e.getX(), e.getY());
        if (at < 0) {
            return;
        }
        if (e.getClickCount() >= 2) {
            selectWordAt(at);
        } else {
            caretTo(at, e.isShiftDown(), false);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        int at = offsetAt(e.getX(), e.getY());
        if (at >= 0) {
            caretTo(at, true, false);
        }
        e.consume();
    }

    private void selectWordAt(int at) {
        int from = at;
        int to = at;
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
            from--;
        }
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        select(from, to);
    }

    /** The offset under a point of this view, or -1 outside the text. */
    int offsetAt(double x, double y) {
        double bodyX = x - body.getLayoutX();
        double bodyY = y - body.getLayoutY();
        if (bodyX < 0 && x < body.getLayoutX()) {
            bodyX = 0;
        }
        int first = rows.isEmpty() ? -1 : rows.get(0).index();
        if (first < 0) {
            return -1;
        }
        double scrollY = scrollsVertically ? this.scrollY.get() : 0;
        int line = Math.max(0, Math.min(starts.length - 1, (int) ((bodyY + scrollY) / lineHeight())));
        int k = line - first;
        if (k < 0 || k >= rows.size() || rows.get(k).index() != line) {
            return starts[line];
        }
        double scrollX = scrollsHorizontally ? this.scrollX.get() : 0;
        return starts[line] + rows.get(k).column(bodyX + scrollX, lineHeight() / 2);
    }

    private void blink(boolean focused) {
        if (blink != null) {
            blink.stop();
        }
        caret.setVisible(focused);
        if (focused) {
            if (blink == null) {
                blink = new Timeline(new KeyFrame(BLINK, e -> caret.setVisible(!caret.isVisible())));
                blink.setCycleCount(Timeline.INDEFINITE);
            }
            blink.playFromStart();
        }
    }

    /** The caret node: visible while the view has the focus. */
    public Rectangle caretNode() {
        return caret;
    }

    /** The current line's background. */
    public Region currentLineNode() {
        return currentLine;
    }

    /** How often visible lines were set since the view was made: a change sets only the lines it changed. */
    public int linesSet() {
        return rows.stream().mapToInt(CodeLine::sets).sum();
    }

    /** The code font, as the stylesheet gives it to the lines' texts: for tests. */
    javafx.scene.text.Font codeFont() {
        return probe.getFont();
    }

    /** The visible line nodes, for tests: which were set again after a change. */
    List<CodeLine> rows() {
        return List.copyOf(rows);
    }
}
