package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignReader;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.testing.TestDesigns;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * action as the witness; each in well under the time a comparison in the window may take. The time is
 * this thread's CPU time, which other work on the machine does not stretch as it stretches wall time.
 */
class AccessGateTest {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

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

        long start = CPU.getCurrentThreadCpuTime();
        GateVerdict verdict = AccessGate.against(files, ExistingTerraform.read(temp));
        long millis = (CPU.getCurrentThreadCpuTime() - start) / 1_000_000;

        assertThat(verdict.broadenings()).isEmpty();
        assertThat(verdict.unknown()).isEmpty();
        assertThat(verdict.kind(false)).isEqualTo(GateVerdict.Kind.UNCHANGED);
        assertThat(millis).as("milliseconds of this thread's CPU time").isLessThan(5_000);
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

        long start = CPU.getCurrentThreadCpuTime();
        GateVerdict verdict = AccessGate.against(files, ExistingTerraform.read(temp));
        long millis = (CPU.getCurrentThreadCpuTime() - start) / 1_000_000;

        assertThat(verdict.kind(false)).isEqualTo(abortGranted ? GateVerdict.Kind.BROADENED : GateVerdict.Kind.UNCHANGED);
        assertThat(verdict.broadenings()).allSatisfy(b -> assertThat(b.request()).contains("s3:AbortMultipartUpload"));
        assertThat(millis).as("milliseconds of this thread's CPU time").isLessThan(5_000);
    }
}
