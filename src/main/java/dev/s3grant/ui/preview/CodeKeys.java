package dev.s3grant.ui.preview;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The code view's keys, as in an editor that cannot be edited: arrows, Home and End, Page Up and
 * Page Down, Ctrl+Home and Ctrl+End (Cmd on macOS) move the caret, with Shift they select; the
 * shortcut with A selects everything and with C copies the selection.
 */
final class CodeKeys {

    private CodeKeys() {
    }

    /** Acts on {@code e}; true when it was one of the view's keys. */
    static boolean handle(CodeLines view, KeyEvent e) {
        boolean shift = e.isShiftDown();
        boolean shortcut = e.isShortcutDown();
        int caret = view.getCaretPosition();
        int line = view.lineOf(caret);
        KeyCode code = e.getCode();
        if (shortcut && code == KeyCode.A) {
            view.selectAll();
            return true;
        }
        if (shortcut && (code == KeyCode.C || code == KeyCode.INSERT)) {
            copy(view);
            return true;
        }
        switch (code) {
            case LEFT -> view.caretTo(caret - 1, shift, false);
            case RIGHT -> view.caretTo(caret + 1, shift, false);
            case UP -> vertically(view, line - 1, shift);
            case DOWN -> vertically(view, line + 1, shift);
            case PAGE_UP -> vertically(view, line - view.pageLines(), shift);
            case PAGE_DOWN -> vertically(view, line + view.pageLines(), shift);
            case HOME -> view.caretTo(shortcut ? 0 : view.lineStart(line), shift, false);
            case END -> view.caretTo(shortcut ? view.getLength() : view.lineStart(line) + view.lineLength(line), shift, false);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void vertically(CodeLines view, int toLine, boolean shift) {
        int column = view.preferredColumn();
        int line = Math.max(0, Math.min(view.lineCount() - 1, toLine));
        view.caretTo(view.lineStart(line) + Math.min(column, view.lineLength(line)), shift, true);
        view.keepColumn(column);
    }

    static void copy(CodeLines view) {
        String selected = view.getSelectedText();
        if (!selected.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(selected);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
