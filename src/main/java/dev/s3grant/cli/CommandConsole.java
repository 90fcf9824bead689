package dev.s3grant.cli;

import dev.s3grant.app.ProblemText;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --lang en|ja} (without it the system locale decides) and the command's streams: every
 * command writes its output, and says why its input is unusable, through this one object: a mixin
 * of the annotated commands; {@code generate}, built in code, declares {@code --lang} with the
 * constants below and sets {@link #spec} itself (decision 0056).
 */
final class CommandConsole {

    static final String LANG = "--lang";
    static final String LANG_LABEL = "en|ja";
    static final String LANG_DESCRIPTION = "Language of messages: en or ja (default: the system locale).";

    @Option(names = LANG, paramLabel = LANG_LABEL, description = LANG_DESCRIPTION)
    String lang;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    Language language() {
        if (lang == null) {
            return Language.forLocale(Locale.getDefault());
        }
        return "ja".equalsIgnoreCase(lang) ? Language.JA : Language.EN;
    }

    Localizer localizer() {
        return Localizer.of(language());
    }

    CommandLine commandLine() {
        return spec.commandLine();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints {@code text} as it is to the output and flushes it. */
    void print(String text) {
        PrintWriter out = out();
        out.print(text);
        out.flush();
    }

    /** Prints, in this language, one line that says why the input is unusable; returns exit code 2. */
    int unusable(InputException e) {
        return unusable(ProblemText.describe(e.problem(), language()));
    }

    /** Prints the message as one line to the error stream; returns exit code 2. */
    int unusable(String message) {
        PrintWriter err = err();
        err.println(message);
        err.flush();
        return ExitCodes.UNUSABLE_INPUT;
    }
}
