package dev.s3grant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.ProblemText;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.SameThreadBackgroundWork;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.settings.MemorySettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every unusable design file the user can open gets one message in their language (the same text
 * the CLI prints), never a stack trace, and the open design stays as it was.
 */
class BadInputTest {

    @TempDir
    static Path dir;

    interface Writer {
        Path write(Path target) throws IOException;
    }

    static Stream<Arguments> unusableDesigns() {
        return Stream.of(
                Arguments.of("malformed", "file.json:1:", (Writer) p -> Files.writeString(p, "{ \"formatVersion\": 1, ")),
                Arguments.of("empty", "空", (Writer) p -> Files.writeString(p, "  \n")),
                Arguments.of("binary", "バイナリ", (Writer) p -> Files.write(p, new byte[] {'{', 0, 1, 2, '}'})),
                Arguments.of("notUtf8", "UTF-8", (Writer) p -> Files.write(p,
                        "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1))),
                Arguments.of("tooLarge", "10 MB", (Writer) p -> {
                    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                        f.setLength(DesignFiles.MAX_BYTES + 1);
                    }
                    return p;
                }),
                Arguments.of("unknownField", "colour", (Writer) p -> Files.writeString(p,
                        exampleText().replace("\"name\":", "\"colour\": \"blue\",\n  \"name\":"))),
                Arguments.of("wrongType", "writers", (Writer) p -> Files.writeString(p,
                        exampleText().replaceFirst("\"writers\": \\[", "\"writers\": 3, \"x\": ["))),
                Arguments.of("futureVersion", "formatVersion", (Writer) p -> Files.writeString(p,
                        exampleText().replace("\"formatVersion\": 1", "\"formatVersion\": 99"))),
                Arguments.of("folder", "フォルダー", (Writer) Files::createDirectories),
                Arguments.of("missing", "見つかりません", (Writer) p -> p));
    }

    static String exampleText() {
        try (var in = DesignFiles.class.getResourceAsStream("/dev/s3grant/io/example-design.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableDesigns")
    void anUnusableDesignFileIsReportedInJapaneseAndChangesNothing(String name, String mentions, Writer writer) throws IOException {
        Path file = writer.write(Files.createDirectories(dir.resolve(name)).resolve("file.json"));
        FakeDialogs dialogs = new FakeDialogs();
        DesignerSession vm = new DesignerSession(DesignFiles.example(), new FacadeEvaluator(), new SameThreadBackgroundWork(),
                dialogs, new UiSettings(new MemorySettingsStore(), Locale.US), new UiText(Language.JA));
        String title = vm.files().titleProperty().get();
        dialogs.fileToOpen = file;

        vm.files().open();

        String expected;
        try {
            DesignFiles.load(file);
            throw new AssertionError(name + " should not load");
        } catch (InputException e) {
            expected = ProblemText.describe(e.problem(), Language.JA);
        }
        assertThat(dialogs.errors).containsExactly(expected);
        assertThat(expected).contains(mentions).contains("file.json").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(vm.editor().design()).isEqualTo(DesignFiles.example());
        assertThat(vm.files().titleProperty().get()).isEqualTo(title);
        assertThat(vm.files().recentFiles()).isEmpty();
    }
}
