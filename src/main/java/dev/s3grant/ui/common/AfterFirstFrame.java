package dev.s3grant.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs work once a node's window has laid out its first frame with the node in it: for what the
 * first frame does not show, so that the window appears without waiting for it (decision 0049). The
 * work runs on the FX thread right after that pulse, while the render thread paints the frame.
 */
public final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /** Runs {@code work} once, after the first pulse that lays out {@code node} in a showing window. */
    public static void run(Node node, Runnable work) {
        if (node.getScene() != null) {
            waitForPulse(node.getScene(), work);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    waitForPulse(scene, work);
                }
            }
        });
    }

    private static void waitForPulse(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.getWindow() != null && scene.getWindow().isShowing()) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(work);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
