package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignReader;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.testing.TestDesigns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate on the designer's own output: every golden design against its own files is the same
 * access, and against files without s3:AbortMultipartUpload it is broadened with a request for that
 * action as the witness; each in well under the time a comparison in the window may take.
 */
class AccessGateTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("dev.s3grant.testing.TestDesigns#names")
    void aDesignAgainstItsOwnFilesIsTheSameAccess(String name) throws Exception {
        List<OutputFile> files = GrantDesigner.artifacts(DesignReader.read(TestDesigns.text(name), name + ".json")).files();
        for (OutputFile file : files) {
            if (file.relativePath().endsWith(".tf")) {
                Files.createDirectories(temp.resolve(file.relativePath()).getParent());
                Files.writeString(temp.resolve(file.relativePath()), file.content(), StandardCharsets.UTF_8);
            }
        }

        long start = System.nanoTime();
        GateVerdict verdict = AccessGate.against(files, ExistingTerraform.read(temp));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(verdict.broadenings()).isEmpty();
        assertThat(verdict.unknown()).isEmpty();
        assertThat(verdict.kind(false)).isEqualTo(GateVerdict.Kind.UNCHANGED);
        assertThat(millis).as("milliseconds").isLessThan(5_000);
    }

    @ParameterizedTest
    @MethodSource("dev.s3grant.testing.TestDesigns#names")
    void anExistingFileWithoutAnActionTheDesignGrantsIsBroadenedByTheDesign(String name) throws Exception {
        List<OutputFile> files = GrantDesigner.artifacts(DesignReader.read(TestDesigns.text(name), name + ".json")).files();
        for (OutputFile file : files) {
            if (file.relativePath().endsWith(".tf")) {
                Files.createDirectories(temp.resolve(file.relativePath()).getParent());
                Files.writeString(temp.resolve(file.relativePath()),
                        file.content().replaceAll("\"s3:AbortMultipartUpload\",\\s*", ""), StandardCharsets.UTF_8);
            }
        }
        boolean abortGranted = files.stream().anyMatch(f -> f.relativePath().endsWith(".tf")
                && f.content().contains("\"s3:AbortMultipartUpload\","));

        long start = System.nanoTime();
        GateVerdict verdict = AccessGate.against(files, ExistingTerraform.read(temp));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(verdict.kind(false)).isEqualTo(abortGranted ? GateVerdict.Kind.BROADENED : GateVerdict.Kind.UNCHANGED);
        assertThat(verdict.broadenings()).allSatisfy(b -> assertThat(b.request()).contains("s3:AbortMultipartUpload"));
        assertThat(millis).as("milliseconds").isLessThan(5_000);
    }
}
