package dev.s3grant.ui.forms;

import javafx.scene.control.TextField;

/**
 * The forms' text field: typing lays out the field alone. A text field's size follows its
 * columns, font and style, never its text, so the layout requests that typing makes need not lay
 * out the whole form, whose wrapped labels are costly to measure on every keystroke. Every other
 * request (a larger font, a finding's border) goes up to the form as usual.
 */
final class TypingTextField extends TextField {

    private boolean typing;

    /** Typing, pasting and deleting all replace text through here. */
    @Override
    public void replaceText(int start, int end, String text) {
        typing = true;
        try {
            super.replaceText(start, end, text);
        } finally {
            typing = false;
        }
    }

    @Override
    public void requestLayout() {
        if (typing) {
            setNeedsLayout(true);
        } else {
            super.requestLayout();
        }
    }
}
