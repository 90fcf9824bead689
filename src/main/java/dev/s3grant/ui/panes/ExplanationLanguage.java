package dev.s3grant.ui.panes;

/** Which language the explanation pane shows: one of the two, or both side by side. */
public enum ExplanationLanguage {
    JA,
    EN,
    BOTH
}
