package dev.s3grant.ui.explainany;

import dev.s3grant.app.PolicyExplanations;
import dev.s3grant.app.ProblemText;
import dev.s3grant.io.InputException;
import dev.s3grant.ui.common.EventStream;
import dev.s3grant.ui.dialogs.DialogService;
import dev.s3grant.ui.i18n.UiText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * File › Explain Policy…: asks for a policy file (JSON or {@code .tf}), explains it through the
 * façade as {@code explain --file} does, and sends what to show; a file that holds no policy is
 * one message in the user's language. A policy file is small, so it is read on the FX thread.
 */
public final class PolicyExplanationViewModel {

    /** What the window shows: the file's name and its entries. */
    public record Opened(String file, List<PolicyExplanationEntry> entries) {
    }

    private final DialogService dialogs;
    private final UiText text;
    private final Supplier<Optional<Path>> folder;
    private final EventStream<Opened> opened = new EventStream<>();

    public PolicyExplanationViewModel(DialogService dialogs, UiText text, Supplier<Optional<Path>> folder) {
        this.dialogs = dialogs;
        this.text = text;
        this.folder = folder;
    }

    public EventStream<Opened> opened() {
        return opened;
    }

    /** Asks for a file and explains it; false when the user cancelled or the file holds no policy. */
    public boolean open() {
        Optional<Path> file = dialogs.choosePolicyFile(folder.get());
        if (file.isEmpty()) {
            return false;
        }
        try {
            Path path = file.get();
            List<PolicyExplanationEntry> entries = PolicyExplanationViews.of(PolicyExplanations.explain(List.of(path)));
            Path name = path.getFileName();
            opened.send(new Opened(name == null ? path.toString() : name.toString(), entries));
            return true;
        } catch (InputException e) {
            dialogs.showError(text.get("ui.explainPolicy.error.title"), ProblemText.describe(e.problem(), text.language()));
            return false;
        }
    }
}
