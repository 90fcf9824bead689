package dev.s3grant.cli;

import dev.s3grant.app.ProblemText;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Language;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --lang en|ja}; without it the system locale decides. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "en|ja", description = "Language of messages: en or ja (default: the system locale).")
    String lang;

    /** Prints, in this language, one line that says why the input is unusable; returns exit code 2. */
    int unusable(CommandLine.Model.CommandSpec spec, InputException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(ProblemText.describe(e.problem(), language()));
        err.flush();
        return ExitCodes.UNUSABLE_INPUT;
    }

    Language language() {
        if (lang == null) {
            return Language.forLocale(Locale.getDefault());
        }
        return "ja".equalsIgnoreCase(lang) ? Language.JA : Language.EN;
    }
}
