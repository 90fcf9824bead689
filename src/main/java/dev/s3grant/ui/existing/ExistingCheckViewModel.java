package dev.s3grant.ui.existing;

import dev.s3grant.analysis.access.DecidingStatement;
import dev.s3grant.analysis.access.Expectation;
import dev.s3grant.app.ExistingFilesCheck;
import dev.s3grant.app.FindingText;
import dev.s3grant.app.ProblemText;
import dev.s3grant.existing.check.CheckedRow;
import dev.s3grant.existing.check.ExistingCheckResult;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import dev.s3grant.ui.background.BackgroundWork;
import dev.s3grant.ui.dialogs.DialogService;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.panes.AccessRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * File › Check Existing Files…: asks for a folder of existing Terraform and runs the access check on
 * it as it is (decision 0031), in the background, with the rows meant to pass taken from the design
 * being edited. The result is a snapshot the view shows in the access-check table: each row whose
 * outcome is not as intended carries its cause as its reason. An unusable folder is reported once.
 */
public final class ExistingCheckViewModel {

    /** What the view shows: the folder, the rows, the findings as lines, and whether all is as intended. */
    public record Shown(Path folder, List<AccessRow> rows, List<Message> notes, List<String> findings, boolean asIntended) {

        public Shown {
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
            findings = List.copyOf(findings);
        }
    }

    private final BackgroundWork work;
    private final DialogService dialogs;
    private final UiText text;
    private final Supplier<Design> design;
    private final Supplier<Optional<Path>> lastFolder;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    public ExistingCheckViewModel(BackgroundWork work, DialogService dialogs, UiText text, Supplier<Design> design,
                                  Supplier<Optional<Path>> lastFolder) {
        this.work = work;
        this.dialogs = dialogs;
        this.text = text;
        this.design = design;
        this.lastFolder = lastFolder;
    }

    // Commands

    /** Asks for the folder of existing Terraform and checks it. */
    public void checkFolder() {
        dialogs.chooseTerraformFolder(lastFolder.get()).ifPresent(this::check);
    }

    /** Checks the existing files in {@code folder} against the design being edited. */
    public void check(Path folder) {
        Design snapshot = design.get();
        work.run(() -> {
            try {
                return ExistingFilesCheck.run(List.of(folder), Optional.of(snapshot));
            } catch (InputException e) {
                throw new IllegalStateException(ProblemText.describe(e.problem(), text.language()), e);
            }
        }, result -> shown.set(shown(folder, result)),
                failure -> dialogs.showError(text.get("ui.existingCheck.title"), String.valueOf(failure.getMessage())));
    }

    // Properties

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private Shown shown(Path folder, ExistingCheckResult result) {
        List<AccessRow> rows = new ArrayList<>();
        for (CheckedRow checked : result.rows()) {
            dev.s3grant.analysis.access.AccessRow r = checked.row();
            Message reason = checked.causes().isEmpty()
                    ? Message.of(r.actual().reason().messageKey())
                    : checked.causes().get(0).message();
            rows.add(new AccessRow(r.description(), r.principal(), r.request().action(), r.request().resource(),
                    r.expected() == Expectation.ALLOWED, AccessRow.Outcome.valueOf(r.actual().decision().name()),
                    reason, r.actual().statements().stream().map(DecidingStatement::label).toList()));
        }
        List<Message> notes = new ArrayList<>();
        result.grant().standIns().forEach((what, value) -> notes.add(Message.of("existing.check.cli.standIn",
                result.grant().standInTextKey(what).<Object>map(Message::of).orElse(what), value)));
        result.grant().unread().forEach(u -> notes.add(Message.of("existing.check.cli.unread", u)));
        List<String> findings = result.findings().stream().map(f -> FindingText.line(f, text::render)).toList();
        return new Shown(folder, rows, notes, findings, result.asIntended());
    }
}
