package dev.s3grant.ui.explainany;

import dev.s3grant.app.PolicyExplanations;
import dev.s3grant.app.ProblemText;
import dev.s3grant.io.InputException;
import dev.s3grant.ui.background.BackgroundWork;
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
 * one message in the user's language. The file is read and explained on the background worker, so a
 * large file or a slow disk never holds the window; the result comes back on the FX thread.
 */
public final class PolicyExplanationViewModel {

    /** What the window shows: the file's name and its entries. */
    public record Opened(String file, List<PolicyExplanationEntry> entries) {
    }

    private final BackgroundWork work;
    private final DialogService dialogs;
    private final UiText text;
    private final Supplier<Optional<Path>> folder;
    private final EventStream<Opened> opened = new EventStream<>();

    public PolicyExplanationViewModel(BackgroundWork work, DialogService dialogs, UiText text, Supplier<Optional<Path>> folder) {
        this.work = work;
        this.dialogs = dialogs;
        this.text = text;
        this.folder = folder;
    }

    public EventStream<Opened> opened() {
        return opened;
    }

    /**
     * Asks for a file and explains it in the background; the window opens when {@link #opened()} sends, and a
     * file that holds no policy is one error message instead.
     */
    public void open() {
        dialogs.choosePolicyFile(folder.get()).ifPresent(this::explain);
    }

    /** Reads and explains {@code path} in the background, then sends it, or shows why it could not. */
    public void explain(Path path) {
        work.run(() -> {
            try {
                return new Opened(displayName(path), PolicyExplanationViews.of(PolicyExplanations.explain(List.of(path))));
            } catch (InputException e) {
                throw new UnreadablePolicy(ProblemText.describe(e.problem(), text.language()), e);
            }
        }, opened::send, failure -> dialogs.showError(text.get("ui.explainPolicy.error.title"), message(failure)));
    }

    private static String displayName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** The user's message for a file that could not be explained; anything unexpected says what it was. */
    private static String message(Throwable failure) {
        return failure instanceof UnreadablePolicy ? failure.getMessage() : String.valueOf(failure);
    }

    /** A policy file that could not be read, with its message already in the user's language. */
    private static final class UnreadablePolicy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadablePolicy(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
