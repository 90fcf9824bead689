package dev.s3grant.ui.preview;

import javafx.scene.text.Text;

/**
 * A text node of the code view: a run of one style in a line, a line number, the probe that measures a character.
 * Its own type keeps it out of the controls' theme's rules for {@code Text} (AtlantaFX styles text in tiles,
 * notifications and cards with descendant rules that JavaFX would test against every ancestor of every code
 * text); the code view's stylesheet gives it its colours (decision 0059).
 */
final class CodeText extends Text {

    CodeText(String text) {
        super(text);
    }
}
