package dev.s3grant.ui.panes;

/** Opens a documentation link in the user's browser (in the window: {@code HostServices.showDocument}). */
@FunctionalInterface
public interface LinkOpener {

    void open(String url);
}
