package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A manifest read from the plain reader's tree is the manifest Jackson's streaming parser reads from the same text,
 * for manifests as an export writes them and for every variation of their fields (decision 0057).
 */
class ExportManifestReadingProperties {

    private static final String[] VERSIONS = {"1", "2", "0", "-0", "1.0", "1e0", "\"1\"", "null", "true", "[1]", "{}",
        "4294967297", "12345678901234567890"};
    private static final String[] DESIGNS = {"\"shop\"", "\"\"", "\"\\u00e9\\n\"", "42", "-1.5e3", "true", "false", "null",
        "[\"x\"]", "{\"name\": \"x\"}"};
    private static final String[] PATHS = {"policies/a.json", "main.tf", "../up.tf", "/abs.tf", "c:\\\\x.tf", "a//b.tf", "./a.tf",
        ".s3grant-export.json", "", "\u3042.tf"};
    private static final String[] HASHES = {"\"0a1b\"", "\"\"", "7", "null", "[\"x\"]", "{\"h\": \"x\"}", "true"};
    private static final String NOISE = "{}[],:\"01 \n\\x";

    @Provide
    Arbitrary<String> manifests() {
        return Arbitraries.randoms().map(ExportManifestReadingProperties::manifest);
    }

    @Provide
    Arbitrary<String> brokenManifests() {
        return Arbitraries.randoms().map(random -> {
            StringBuilder b = new StringBuilder(manifest(random));
            int at = random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                default -> b.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
            }
            return b.toString();
        });
    }

    @Property(tries = 3_000)
    void aManifestIsReadAsJacksonsStreamingParserReadsIt(@ForAll("manifests") String text) throws Exception {
        assertThat(PlainJsonReader.read(text)).isNotNull();
        assertThat(ExportManifest.parse(text)).as(text).isEqualTo(ExportManifest.parseWithJackson(text));
    }

    @Property(tries = 3_000)
    void aBrokenManifestIsReadAsJacksonReadsIt(@ForAll("brokenManifests") String text) {
        assertThat(outcome(() -> ExportManifest.parse(text))).as(text).isEqualTo(outcome(() -> ExportManifest.parseWithJackson(text)));
    }

    @Example
    void theManifestAnExportWritesIsReadBackWithoutJackson() throws Exception {
        ExportManifest written = ExportManifest.of("shop", Map.of("policies/bucket-policy.json", "{}\n", "main.tf", "x\n"));

        assertThat(PlainJsonReader.read(written.text())).isNotNull();
        assertThat(ExportManifest.parse(written.text())).contains(written);
    }

    interface Parse {
        Optional<ExportManifest> run() throws Exception;
    }

    /** The manifest, or the kind of exception: {@link ExportManifest#read} treats every exception alike. */
    private static Object outcome(Parse parse) {
        try {
            return parse.run();
        } catch (Exception e) {
            return "refused";
        }
    }

    private static String manifest(Random random) {
        List<String> fields = new ArrayList<>();
        if (random.nextInt(6) > 0) {
            fields.add("\"formatVersion\": " + (random.nextBoolean() ? "1" : pick(random, VERSIONS)));
        }
        if (random.nextInt(6) > 0) {
            fields.add("\"design\": " + pick(random, DESIGNS));
        }
        fields.add("\"writtenBy\": \"S3 Grant Designer\"");
        if (random.nextInt(8) > 0) {
            StringBuilder files = new StringBuilder("{");
            List<String> paths = new ArrayList<>(List.of(PATHS));
            java.util.Collections.shuffle(paths, random);
            int n = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                files.append(i == 0 ? "\n    " : ",\n    ").append('"').append(paths.get(i)).append("\": ")
                        .append(random.nextInt(3) > 0 ? "\"" + Integer.toHexString(random.nextInt()) + "\"" : pick(random, HASHES));
            }
            fields.add("\"files\": " + (random.nextInt(8) > 0 ? files.append("\n  }") : pick(random, HASHES)));
        }
        if (random.nextBoolean()) {
            fields.add("\"unknown\": " + pick(random, DESIGNS));
        }
        java.util.Collections.shuffle(fields, random);
        return "{\n  " + String.join(",\n  ", fields) + "\n}\n";
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
