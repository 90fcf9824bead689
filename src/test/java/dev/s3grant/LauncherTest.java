package dev.s3grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The entry point's command line path. */
class LauncherTest {

    /**
     * A successful command ends by returning from main, not through System.exit (decision 0050):
     * an exit here would end the test's JVM, and the build would report the fork as lost.
     */
    @Test
    void aSuccessfulCommandReturnsFromMainInsteadOfExiting() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Launcher.main(new String[] {"--version"});
        } finally {
            System.setOut(original);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("s3grant ").endsWith("\n");
    }
}
