package dev.s3grant.ui.dialogs;

import dev.s3grant.diff.DiffResult;
import dev.s3grant.io.ExportPlan;
import dev.s3grant.ui.diff.DiffView;
import dev.s3grant.ui.i18n.UiText;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The dialogs of the window, as JavaFX alerts and choosers, in the user's language. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final UiText text;

    public FxDialogService(Window owner, UiText text) {
        this.owner = owner;
        this.text = text;
    }

    @Override
    public DiscardChoice askToSaveChanges(String designName) {
        ButtonType save = new ButtonType(text.get("ui.dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.get("ui.dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(text.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, text.get("ui.dialog.unsaved.title"),
                text.get("ui.dialog.unsaved.message", designName), save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return DiscardChoice.SAVE;
        }
        return answer == discard ? DiscardChoice.DISCARD : DiscardChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseDesignToOpen(Optional<Path> folder) {
        FileChooser chooser = designChooser(text.get("ui.dialog.open.title"), folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDesignToSave(Optional<Path> folder, String suggestedName) {
        FileChooser chooser = designChooser(text.get("ui.dialog.save.title"), folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private FileChooser designChooser(String title, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("ui.dialog.filter.design"), "*.s3grant", "*.json"),
                new FileChooser.ExtensionFilter(text.get("ui.dialog.filter.all"), "*"));
        folder.map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    @Override
    public Optional<Path> chooseExportFolder(Optional<Path> folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.get("ui.dialog.export.chooseFolder"));
        folder.map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseTerraformFolder(Optional<Path> folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.get("ui.dialog.compare.chooseFolder"));
        folder.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseTerraformFile(Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("ui.dialog.compare.chooseFile"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("ui.dialog.filter.terraform"), "*.tf"),
                new FileChooser.ExtensionFilter(text.get("ui.dialog.filter.all"), "*"));
        folder.map(Path::toFile).map(f -> f.isDirectory() ? f : f.getParentFile())
                .filter(f -> f != null && f.isDirectory()).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePolicyFile(Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("ui.dialog.explainPolicy.chooseFile"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("ui.dialog.filter.policy"), "*.json", "*.tf"),
                new FileChooser.ExtensionFilter(text.get("ui.dialog.filter.all"), "*"));
        folder.map(Path::toFile).map(f -> f.isDirectory() ? f : f.getParentFile())
                .filter(f -> f != null && f.isDirectory()).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePictureToSave(Optional<Path> folder, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("ui.dialog.exportMap.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                text.get("svg".equals(extension) ? "ui.dialog.filter.svg" : "ui.dialog.filter.png"), "*." + extension));
        chooser.setInitialFileName(suggestedName);
        folder.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean confirmExportDespiteErrors(List<String> errors) {
        ButtonType export = new ButtonType(text.get("ui.dialog.exportErrors.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, text.get("ui.dialog.exportErrors.title"),
                text.get("ui.dialog.exportErrors.message", errors.size()), export, cancel);
        TextArea list = new TextArea(String.join("\n", errors) + "\n");
        list.setId("export-errors");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, errors.size() * 2 + 1));
        Label message = new Label(text.get("ui.dialog.exportErrors.message", errors.size()));
        message.setWrapText(true);
        message.setMaxWidth(560);
        alert.getDialogPane().setContent(new VBox(8, message, list));
        // Enter answers Cancel: exporting a grant that does not work is a choice, not a default
        ((Button) alert.getDialogPane().lookupButton(export)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().orElse(cancel) == export;
    }

    @Override
    public boolean confirmExport(Path folder, ExportPlan plan, DiffResult overwrites) {
        return confirmExport(folder, plan, overwrites, text.get("ui.dialog.export.header", folder.toString()), "");
    }

    @Override
    public boolean confirmAdoptedExport(Path folder, Path adopted, List<String> adoption, ExportPlan plan, DiffResult overwrites) {
        return confirmExport(folder, plan, overwrites, text.get("ui.dialog.export.adoptHeader", folder.toString(), adopted.toString()),
                adoption.isEmpty() ? "" : String.join("\n", adoption) + "\n");
    }

    private boolean confirmExport(Path folder, ExportPlan plan, DiffResult overwrites, String header, String adoption) {
        ButtonType export = new ButtonType(text.get("ui.dialog.export.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, text.get("ui.dialog.export.title"),
                header, export, cancel);
        TextArea list = new TextArea(adoption + ExportSummary.of(plan, text));
        list.setEditable(false);
        list.setWrapText(false);
        int lines = plan.created().size() + plan.changed().size() + plan.unchanged().size()
                + plan.stale().size() + plan.staleEdited().size() + 10 + (int) adoption.lines().count();
        List<String> notes = new ArrayList<>();
        if (plan.overwritesAnything()) {
            notes.add(text.get("ui.dialog.export.backupNote"));
        }
        if (plan.leavesStaleFiles()) {
            notes.add(text.get("ui.dialog.export.staleNote"));
        }
        Label note = new Label(String.join("\n", notes));
        note.setWrapText(true);
        // The destination first: the folder chosen a moment ago is what the user checks before writing.
        Label destination = new Label(header);
        destination.setId("export-destination");
        destination.getStyleClass().add("export-destination");
        destination.setWrapText(true);
        destination.setMaxWidth(1040);
        VBox content = new VBox(8, destination, list, note);
        if (overwrites.files().isEmpty()) {
            list.setPrefRowCount(Math.min(18, lines));
        } else {
            list.setPrefRowCount(Math.min(8, lines));
            Label heading = new Label(text.get("ui.dialog.export.diffHeading"));
            heading.setWrapText(true);
            DiffView diff = new DiffView(overwrites, text.language());
            diff.setId("export-diff");
            // The whole dialog fits the screen the window is on, 1280 × 720 included.
            Rectangle2D screen = screenOf(owner);
            diff.setPrefSize(Math.min(1040, screen.getWidth() - 160), Math.max(200, Math.min(480, screen.getHeight() - 400)));
            VBox.setVgrow(diff, Priority.ALWAYS);
            content.getChildren().addAll(heading, diff);
            alert.setResizable(true);
        }
        alert.getDialogPane().setContent(content);
        return alert.showAndWait().orElse(cancel) == export;
    }

    /** The visual bounds of the screen {@code window} is on (the primary screen without a window). */
    static Rectangle2D screenOf(Window window) {
        if (window != null && window.getWidth() > 0) {
            List<Screen> screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    @Override
    public boolean askToRestoreAutosave(String designName, Instant savedAt) {
        ButtonType restore = new ButtonType(text.get("ui.dialog.restore.restore"), ButtonBar.ButtonData.YES);
        // OTHER, not NO: a dialog without a cancel button cannot be closed unanswered, so Esc discards nothing.
        ButtonType discard = new ButtonType(text.get("ui.dialog.restore.discard"), ButtonBar.ButtonData.OTHER);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(text.language().locale()).withZone(ZoneId.systemDefault()).format(savedAt);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, text.get("ui.dialog.restore.title"),
                text.get("ui.dialog.restore.message", designName, when), restore, discard);
        return alert.showAndWait().orElse(restore) == restore;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ok()).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ok()).showAndWait();
    }

    /** OK (閉じる) in the window's language: JavaFX's own {@code ButtonType.OK} keeps the language it was first loaded in. */
    private ButtonType ok() {
        return new ButtonType(text.get("ui.dialog.acknowledge"), ButtonBar.ButtonData.OK_DONE);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(560);
        alert.getDialogPane().setContent(content);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            alert.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        return alert;
    }

    /** The files of an export, grouped as created, overwritten, unchanged, removed and left in place. */
    static final class ExportSummary {
        private ExportSummary() {
        }

        static String of(ExportPlan plan, UiText text) {
            StringBuilder b = new StringBuilder();
            section(b, text.get("ui.dialog.export.created", plan.created().size()), plan.created());
            section(b, text.get("ui.dialog.export.changed", plan.changed().size()), plan.changed());
            section(b, text.get("ui.dialog.export.unchanged", plan.unchanged().size()), plan.unchanged());
            section(b, text.get("ui.dialog.export.stale", plan.stale().size()), plan.stale());
            section(b, text.get("ui.dialog.export.staleEdited", plan.staleEdited().size()), plan.staleEdited());
            return b.toString().strip() + "\n";
        }

        private static void section(StringBuilder b, String heading, List<String> files) {
            if (files.isEmpty()) {
                return;
            }
            b.append(heading).append('\n');
            files.forEach(f -> b.append("  ").append(f).append('\n'));
            b.append('\n');
        }
    }
}
