package dev.s3grant.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HostileInputTest {

    private static String repeat(String unit, int times) {
        return unit.repeat(times);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[", "(", "{", "\"${", "a {\n", "-", "!", "a ? b : ", "x.", "f(", "<<EOT\n", "%{", "1+"})
    void deeplyRepeatedOpenersAreReportedWithoutOverflowingTheStack(String unit) {
        String source = "x = " + repeat(unit, 50_000) + "\n";
        HclFile file = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> HclParser.parse(source));
        assertThat(file.errors()).isNotEmpty();
    }

    @Test
    void manyUnterminatedHeredocsWithDistinctMarkersStayFast() {
        String source = IntStream.range(0, 20_000).mapToObj(i -> "a = <<M" + i + "\n")
                .collect(Collectors.joining());
        HclFile file = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> HclParser.parse(source));
        assertThat(file.errors()).isNotEmpty();
    }

    @Test
    void longOperatorChainStaysFast() {
        String source = "x = " + repeat("1 + ", 100_000) + "1\n";
        HclFile file = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> HclParser.parse(source));
        assertThat(file.errors()).isEmpty();
        assertThat(file.body().attribute("x").orElseThrow().expression().value()).isInstanceOf(HclOther.class);
    }

    @Test
    void deepButLegalNestingStillParses() {
        String source = "x = " + repeat("[", 50) + repeat("]", 50) + "\n";
        assertThat(HclParser.parse(source).errors()).isEmpty();
    }

    @Test
    void nullInputIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> HclParser.parse(null));
        assertThatNullPointerException().isThrownBy(() -> HclLexer.lex(null));
    }
}
