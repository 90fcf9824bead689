package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;

/**
 * The findings and the Terraform validations agree: for random and edge-case values of every
 * identifier, a finding fires exactly when the condition {@code variables.tf} writes rejects the
 * value. The conditions are evaluated as Terraform does, with Go's regular expressions (RE2J), and,
 * where {@code terraform} is installed, by {@code terraform console} itself.
 */
class IdentifierAgreementProperties {

    /** Pieces values are made of: the characters each format treats specially, line breaks, controls, non-ASCII. */
    private static final List<String> PIECES = List.of("a", "z", "0", "9", "A", "Z", ".", "..", "-", "--", "_", "/", "+",
            "=", ",", "@", "*", "?", "$", "${", "{", "}", ":", " ", "\t", "\n", "\r\n", "\u0085", "\u2028", "é", "日",
            "😀", "\u0000", "\u007f", "\u009f", "\u00a0", "١", "o-", "xn--", "sthree-", "amzn-s3-demo-", "-s3alias",
            "--ol-s3", ".mrap", "--x-s3", "--table-s3", "key/", "alias/", "arn:aws:kms:", "192.168.", "ap-");

    record Case(IdentifierSubjects subject, String value) {
        @Override
        public String toString() {
            return subject + " " + new ObjectMapper().valueToTree(value);
        }
    }

    @Property(tries = 1000)
    void theFindingFiresExactlyWhenTheTerraformConditionRejects(@ForAll("cases") Case c) {
        boolean rejected = !ValidationEvaluator.isTrue(c.subject().condition(c.value()));
        assertThat(c.subject().findingFires(c.value())).as("finding for %s (Terraform rejects: %s)", c, rejected)
                .isEqualTo(rejected);
    }

    @Property(tries = 3)
    void terraformItselfRejectsExactlyWhatTheFindingsReport(@ForAll("batches") List<Case> batch) throws Exception {
        Assumptions.assumeTrue(TerraformOnPath.installed(), "terraform is not installed: the validations are not run by terraform");
        List<Boolean> accepted = terraformConsole(batch);
        for (int i = 0; i < batch.size(); i++) {
            Case c = batch.get(i);
            assertThat(c.subject().findingFires(c.value())).as("finding for %s (terraform accepts: %s)", c, accepted.get(i))
                    .isEqualTo(!accepted.get(i));
        }
    }

    @Example
    void theBaseDesignPassesEveryCheck() {
        for (IdentifierSubjects s : IdentifierSubjects.ALL) {
            assertThat(s.seeds()).as(s.name()).anyMatch(v -> !s.findingFires(v));
        }
    }

    /** Every condition of the batch in one {@code locals} list, printed by one {@code terraform console} run. */
    private static List<Boolean> terraformConsole(List<Case> batch) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("s3grant-console");
        try {
            String conditions = batch.stream().map(c -> "    " + HclRenderer.inline(c.subject().condition(c.value())))
                    .collect(Collectors.joining(",\n"));
            Files.writeString(dir.resolve("main.tf"), "locals {\n  r = [\n" + conditions + "\n  ]\n}\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("none.tfrc"), "", StandardCharsets.UTF_8);
            TerraformOnPath.Result result = TerraformOnPath.run(dir, "jsonencode(local.r)\n", List.of("console", "-no-color"));
            assertThat(result.exitCode()).as("terraform console:%n%s", result.err()).isZero();
            ObjectMapper json = new ObjectMapper();
            JsonNode list = json.readTree(json.readTree(result.out().strip()).asText());
            List<Boolean> accepted = new ArrayList<>();
            list.forEach(b -> accepted.add(b.asBoolean()));
            assertThat(accepted).hasSameSizeAs(batch);
            return accepted;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<List<Case>> batches() {
        return cases().list().ofSize(300);
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(IdentifierSubjects.ALL)
                .flatMap(s -> values(s).filter(s::applies).map(v -> new Case(s, v)));
    }

    private static Arbitrary<String> values(IdentifierSubjects s) {
        Arbitrary<String> random = Arbitraries.of(PIECES).list().ofMaxSize(40).map(p -> String.join("", p));
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(s.seeds()), mutation().list().ofMinSize(1).ofMaxSize(3))
                .as((seed, mutations) -> {
                    String v = seed;
                    for (Mutation m : mutations) {
                        v = m.apply(v);
                    }
                    return v;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(s.seeds())),
                net.jqwik.api.Tuple.of(3, random),
                net.jqwik.api.Tuple.of(6, mutated));
    }

    /** Replace, insert or delete at a position (taken modulo the length), or cut the value there. */
    private record Mutation(int kind, int position, String piece) {
        String apply(String v) {
            int at = v.isEmpty() ? 0 : Math.floorMod(position, v.length() + 1);
            int cp = v.offsetByCodePoints(0, v.codePointCount(0, at));
            int next = cp < v.length() ? v.offsetByCodePoints(cp, 1) : cp;
            return switch (kind) {
                case 0 -> v.substring(0, cp) + piece + v.substring(next);
                case 1 -> v.substring(0, cp) + piece + v.substring(cp);
                case 2 -> v.substring(0, cp) + v.substring(next);
                default -> v.substring(0, cp);
            };
        }
    }

    private static Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1100),
                Arbitraries.of(PIECES)).as(Mutation::new);
    }
}
