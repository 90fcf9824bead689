package dev.s3grant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaunchModeTest {

    @Test
    void noArgumentOpensTheWindow() {
        assertThat(LaunchMode.of("")).isEqualTo(LaunchMode.WINDOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"design.json", "payments.s3grant", "/home/me/grants/payments.s3grant", "C:\\grants\\a b.s3grant"})
    void oneDesignFileOpensTheWindowOnIt(String file) {
        assertThat(LaunchMode.of("", file)).isEqualTo(LaunchMode.WINDOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "validate", "check", "explain", "diff", "compare", "--version", "--help", "-h", "-V"})
    void aSubcommandOrAnOptionAloneRunsTheCli(String first) {
        assertThat(LaunchMode.of("", first)).isEqualTo(LaunchMode.CLI);
    }

    @Test
    void aSubcommandWithItsArgumentsRunsTheCli() {
        assertThat(LaunchMode.of("", "generate", "design.json", "--out", "out")).isEqualTo(LaunchMode.CLI);
        assertThat(LaunchMode.of("", "design.json", "out")).isEqualTo(LaunchMode.CLI);
    }

    @Test
    void thePackagedCommandLineLauncherAlwaysRunsTheCli() {
        assertThat(LaunchMode.of("cli")).isEqualTo(LaunchMode.CLI);
        assertThat(LaunchMode.of("cli", "design.json")).isEqualTo(LaunchMode.CLI);
    }

    @Test
    void theBuildsTrainingRunIsAskedForByName() {
        assertThat(LaunchMode.of("training", "design.json", "out")).isEqualTo(LaunchMode.TRAINING);
    }
}
