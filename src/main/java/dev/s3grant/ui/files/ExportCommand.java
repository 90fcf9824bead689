package dev.s3grant.ui.files;

import dev.s3grant.app.FolderExport;
import dev.s3grant.app.DesignComparison;
import dev.s3grant.app.ExportContent;
import dev.s3grant.app.FindingText;
import dev.s3grant.app.ProblemText;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.io.ExportPlan;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.ui.background.BackgroundWork;
import dev.s3grant.ui.dialogs.DialogService;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.DesignEvaluator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * File › Export Terraform…: lists the design's {@code ERROR} findings first and asks whether to
 * export anyway; asks for a folder; lists the files to be created and overwritten (showing what
 * changes in each overwritten one, compared in the background) and the files an earlier export
 * wrote there that the design no longer produces; then writes exactly what {@code generate}
 * writes. Overwritten files keep a {@code .bak}; the earlier export's files that are unchanged
 * are removed, each kept as {@code .bak} (decision 0014).
 */
final class ExportCommand {

    private final DesignEvaluator evaluator;
    private final BackgroundWork work;
    private final DialogService dialogs;
    private final UiText text;

    ExportCommand(DesignEvaluator evaluator, BackgroundWork work, DialogService dialogs, UiText text) {
        this.evaluator = evaluator;
        this.work = work;
        this.dialogs = dialogs;
        this.text = text;
    }

    /** Exports {@code current}, the folder chooser starting in {@code lastFolder}. */
    void run(Design current, Optional<Path> lastFolder) {
        ExportContent content = evaluator.export(current);
        List<String> errors = content.errors().stream().map(f -> FindingText.line(f, text::render)).toList();
        if (!errors.isEmpty() && !dialogs.confirmExportDespiteErrors(errors)) {
            return;
        }
        Optional<Path> folder = dialogs.chooseExportFolder(lastFolder);
        if (folder.isEmpty()) {
            return;
        }
        Map<String, String> files = content.filesByPath();
        ExportPlan plan;
        try {
            plan = FolderExport.plan(folder.get(), files);
        } catch (InputException e) {
            exportFailed(e);
            return;
        }
        String name = current.name();
        if (!plan.overwritesAnything()) {
            confirmAndExport(folder.get(), name, files, plan, new DiffResult(List.of()));
            return;
        }
        work.run(() -> DesignComparison.overwrites(folder.get(), plan, files),
                overwrites -> confirmAndExport(folder.get(), name, files, plan, overwrites),
                error -> confirmAndExport(folder.get(), name, files, plan, new DiffResult(List.of())));
    }

    /** Shows the plan and what changes in each overwritten file; writes (and prunes) when the user confirms. */
    private void confirmAndExport(Path folder, String name, Map<String, String> files, ExportPlan plan, DiffResult overwrites) {
        if (!dialogs.confirmExport(folder, plan, overwrites)) {
            return;
        }
        try {
            ExportPlan done = FolderExport.export(folder, name, files, true, true);
            StringBuilder message = new StringBuilder(text.get("ui.dialog.exported.message",
                    done.created().size(), done.changed().size(), done.unchanged().size(), folder.toString()));
            if (!done.stale().isEmpty()) {
                message.append('\n').append(text.get("ui.dialog.exported.removed", done.stale().size()));
            }
            if (!done.staleEdited().isEmpty()) {
                message.append('\n').append(text.get("ui.dialog.exported.leftInPlace", done.staleEdited().size()));
            }
            dialogs.showInfo(text.get("ui.dialog.exported.title"), message.toString());
        } catch (InputException e) {
            exportFailed(e);
        }
    }

    private void exportFailed(InputException e) {
        dialogs.showError(text.get("ui.dialog.exportFailed.title"), ProblemText.describe(e.problem(), text.language()));
    }
}
