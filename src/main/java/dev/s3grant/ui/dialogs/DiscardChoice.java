package dev.s3grant.ui.dialogs;

/** The answer to "save the changes first?". */
public enum DiscardChoice {
    SAVE,
    DISCARD,
    CANCEL
}
