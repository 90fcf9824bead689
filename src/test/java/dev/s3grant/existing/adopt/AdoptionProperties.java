package dev.s3grant.existing.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.testing.DesignArbitraries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of adoption over generated designs (every partition, style, values mode, encryption
 * and writer count): adopting a design's files over themselves changes nothing, and over the same
 * files with every resource renamed, each resource moves back to its generated address and the
 * generated files come out unchanged.
 */
class AdoptionProperties {

    private static final Pattern RESOURCE = Pattern.compile("(?m)^resource \"([a-z0-9_]+)\" \"([a-z0-9_]+)\"");

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    @Property(tries = 60)
    void adoptingTheGeneratedFilesOverThemselvesChangesNothing(@ForAll("designs") Design design) {
        Map<String, String> generated = AdopterTest.generated(design);

        AdoptedFiles adopted = Adopter.adopt(generated, generated);

        assertThat(adopted.moves()).isEmpty();
        assertThat(adopted.kept()).isEmpty();
        assertThat(adopted.findings()).isEmpty();
        assertThat(adopted.leftAlone()).isEmpty();
        assertThat(adopted.files()).isEqualTo(generated);
    }

    @Property(tries = 60)
    void renamedResourcesMoveBackToTheirGeneratedAddresses(@ForAll("designs") Design design) {
        Map<String, String> generated = AdopterTest.generated(design);
        List<String> addresses = new ArrayList<>();
        generated.values().forEach(text -> {
            Matcher m = RESOURCE.matcher(text);
            while (m.find()) {
                addresses.add(m.group(1) + "." + m.group(2));
            }
        });
        Map<String, String> renamed = new LinkedHashMap<>();
        generated.forEach((name, text) -> renamed.put(name, renameAll(text, addresses)));

        AdoptedFiles adopted = Adopter.adopt(generated, renamed);

        assertThat(adopted.moves()).extracting(m -> m.from() + " -> " + m.to())
                .containsExactlyInAnyOrderElementsOf(addresses.stream().map(a -> a + "_old -> " + a).toList());
        assertThat(adopted.findings()).isEmpty();
        assertThat(adopted.leftAlone()).isEmpty();
        generated.forEach((name, text) -> assertThat(adopted.files().get(name)).as(name).isEqualTo(text));
        assertThat(adopted.files().keySet()).containsExactlyInAnyOrderElementsOf(
                new ArrayList<>(generated.keySet()) {{ add(Adopter.MOVED_FILE); }});
    }

    private static String renameAll(String text, List<String> addresses) {
        String out = text;
        for (String address : addresses) {
            String[] parts = address.split("\\.");
            out = out.replace("resource \"" + parts[0] + "\" \"" + parts[1] + "\"", "resource \"" + parts[0] + "\" \"" + parts[1] + "_old\"");
            out = Pattern.compile("(?<![\\w.\\-])" + Pattern.quote(address) + "(?![\\w\\-])").matcher(out)
                    .replaceAll(Matcher.quoteReplacement(address + "_old"));
        }
        return out;
    }
}
