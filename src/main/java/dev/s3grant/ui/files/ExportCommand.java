package dev.s3grant.ui.files;

import dev.s3grant.app.AdoptedExport;
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
import java.util.function.Supplier;

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

    /** Where Export adopts existing Terraform from: the compared folder, if any (decision 0030). */
    private Supplier<Optional<Path>> adoptFrom = Optional::empty;

    void adoptFrom(Supplier<Optional<Path>> folder) {
        this.adoptFrom = folder;
    }

    /**
     * Exports {@code current}, the folder chooser starting in {@code lastFolder}; while the Compare
     * view has a folder, adopts it (moved blocks, the rest left alone) and starts the chooser there.
     * The folder chosen is handed to {@code remember}, for the next export's chooser.
     */
    void run(Design current, Optional<Path> lastFolder, java.util.function.Consumer<Path> remember) {
        Optional<Path> adopted = adoptFrom.get();
        ExportContent content;
        List<String> adoption = List.of();
        java.util.Set<String> notOwned = java.util.Set.of();
        if (adopted.isPresent()) {
            try {
                AdoptedExport adoptedExport = AdoptedExport.of(evaluator.export(current), adopted.get());
                content = adoptedExport.content();
                adoption = adoptionLines(adoptedExport);
                notOwned = adoptedExport.notOwned();
            } catch (InputException e) {
                exportFailed(e);
                return;
            }
        } else {
            content = evaluator.export(current);
        }
        List<String> errors = content.errors().stream().map(f -> FindingText.line(f, text::render)).toList();
        if (!errors.isEmpty() && !dialogs.confirmExportDespiteErrors(errors)) {
            return;
        }
        Optional<Path> folder = dialogs.chooseExportFolder(adopted.or(() -> lastFolder));
        if (folder.isEmpty()) {
            return;
        }
        remember.accept(folder.get());
        Map<String, String> files = content.filesByPath();
        ExportPlan plan;
        try {
            plan = FolderExport.plan(folder.get(), files);
        } catch (InputException e) {
            exportFailed(e);
            return;
        }
        String name = current.name();
        List<String> lines = adoption;
        java.util.Set<String> users = notOwned;
        Confirmation confirm = (to, overwrites) -> adopted.isPresent()
                ? dialogs.confirmAdoptedExport(to, adopted.get(), lines, plan, overwrites)
                : dialogs.confirmExport(to, plan, overwrites);
        if (!plan.overwritesAnything()) {
            confirmAndExport(folder.get(), name, files, new DiffResult(List.of()), confirm, users);
            return;
        }
        work.run(() -> DesignComparison.overwrites(folder.get(), plan, files),
                overwrites -> confirmAndExport(folder.get(), name, files, overwrites, confirm, users),
                error -> confirmAndExport(folder.get(), name, files, new DiffResult(List.of()), confirm, users));
    }

    /** The dialog that confirms an export: plain, or adopting the compared folder. */
    private interface Confirmation {
        boolean confirm(Path folder, DiffResult overwrites);
    }

    /** What the adoption does, under localized headings: moved, kept, existing files written again, left alone. */
    private List<String> adoptionLines(AdoptedExport adopted) {
        List<String> lines = new java.util.ArrayList<>();
        section(lines, "ui.dialog.export.adopt.findings",
                adopted.findings().stream().map(f -> FindingText.line(f, text::render)).toList());
        section(lines, "ui.dialog.export.adopt.moved", adopted.moves());
        section(lines, "ui.dialog.export.adopt.kept", adopted.kept());
        section(lines, "ui.dialog.export.adopt.rewritten", adopted.rewritten());
        section(lines, "ui.dialog.export.adopt.leftAlone", adopted.leftAlone());
        return lines;
    }

    private void section(List<String> lines, String key, List<String> items) {
        if (!items.isEmpty()) {
            lines.add(text.get(key, items.size()));
            items.forEach(item -> lines.add("  " + item));
            lines.add("");
        }
    }

    /** Shows the plan and what changes in each overwritten file; writes (and prunes) when the user confirms. */
    private void confirmAndExport(Path folder, String name, Map<String, String> files, DiffResult overwrites,
                                  Confirmation confirm, java.util.Set<String> notOwned) {
        if (!confirm.confirm(folder, overwrites)) {
            return;
        }
        try {
            ExportPlan done = FolderExport.export(folder, name, files, true, true, notOwned);
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
