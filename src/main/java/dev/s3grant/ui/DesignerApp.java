package dev.s3grant.ui;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.io.DesignFiles;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The designer window. */
public final class DesignerApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(DesignerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        DesignArtifacts artifacts = GrantDesigner.artifacts(DesignFiles.example());
        TextArea preview = new TextArea(artifacts.policies().bucketPolicy().text());
        preview.setEditable(false);
        BorderPane root = new BorderPane(preview);
        root.setTop(new Label(artifacts.design().name()));
        stage.setTitle("S3 Grant Designer — " + artifacts.design().name());
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
    }
}
