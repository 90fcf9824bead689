package dev.s3grant.policy;

import dev.s3grant.testing.Golden;
import dev.s3grant.testing.TestDesigns;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins every generated policy document of every golden design byte for byte. */
class PolicyGoldenTest {

    static Stream<String> designs() {
        return TestDesigns.NAMES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyDocumentMatchesItsGoldenFile(String name) {
        GeneratedPolicies policies = PolicyGenerator.generate(TestDesigns.load(name));
        for (PolicyFile file : policies.all()) {
            Golden.assertMatches("policies/" + name + "/" + file.fileName(), file.text());
        }
    }
}
