package dev.s3grant.ui.forms;

import dev.s3grant.app.ProblemText;
import dev.s3grant.ui.i18n.UiText;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Edits one existing policy: its statement count, Load from file…, an area to paste a policy (or the
 * output of the AWS CLI) with its Use button, Clear, and the problem of text that is not a policy.
 */
final class ExistingPolicyEditor extends VBox {

    ExistingPolicyEditor(ExistingPolicyModel model, UiText text) {
        super(4);
        getStyleClass().add("existing-policy");
        getProperties().put(MarkDecoration.PATH, model.path());
        Label summary = new Label();
        summary.textProperty().bind(Bindings.createStringBinding(() -> model.statementsProperty().get() == 0
                        ? text.get("ui.existingPolicy.none") : text.get("ui.existingPolicy.statements", model.statementsProperty().get()),
                model.statementsProperty(), text.languageProperty()));
        summary.setId(id(model, "summary"));
        // The summary takes its own line and wraps: beside the buttons it was cut to "なし (生成したポリシーがポリシ…".
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        Button load = new Button();
        load.textProperty().bind(text.text("ui.existingPolicy.load"));
        load.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.get("ui.existingPolicy.load"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
            File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                model.load(file.toPath());
            }
        });
        Button clear = new Button();
        clear.textProperty().bind(text.text("ui.existingPolicy.clear"));
        clear.setOnAction(e -> model.clear());
        clear.disableProperty().bind(model.statementsProperty().isEqualTo(0));
        clear.setId(id(model, "clear"));
        TextArea pasted = new TextArea();
        pasted.promptTextProperty().bind(text.text("ui.existingPolicy.pastePrompt"));
        pasted.setPrefRowCount(3);
        pasted.setId(id(model, "paste"));
        Button use = new Button();
        use.textProperty().bind(text.text("ui.existingPolicy.use"));
        use.disableProperty().bind(pasted.textProperty().isEmpty());
        use.setId(id(model, "use"));
        use.setOnAction(e -> {
            model.paste(pasted.getText(), text.get("ui.existingPolicy.pasted"));
            if (model.problemProperty().get() == null) {
                pasted.clear();
            }
        });
        Label problem = new Label();
        problem.getStyleClass().add("existing-policy-problem");
        problem.setWrapText(true);
        problem.setId(id(model, "problem"));
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get() == null ? ""
                        : ProblemText.describe(model.problemProperty().get(), text.language()),
                model.problemProperty(), text.languageProperty()));
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        // Buttons keep their whole label whatever the width of the form (never "ファイ…").
        for (Button button : new Button[] {load, clear, use}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(summary, new HBox(8, load, clear), pasted, use, problem);
    }

    private static String id(ExistingPolicyModel model, String part) {
        return model.path().replace('.', '-') + "-" + part;
    }
}
