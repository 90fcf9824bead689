package dev.s3grant.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus keeps covering the syntax the reader is checked on (docs/hcl-reader-conformance.md):
 * a file edited or removed must not silently drop a construct from the conformance check.
 */
class HclCorpusCoverageTest {

    private static final List<HclToken> TOKENS = new ArrayList<>();
    private static final List<HclBlock> BLOCKS = new ArrayList<>();
    private static final List<HclAttribute> ATTRIBUTES = new ArrayList<>();
    private static final List<String> ADDRESSES = new ArrayList<>();

    @BeforeAll
    static void readTheCorpus() throws IOException {
        for (Path file : HclCorpusTest.corpusFiles()) {
            String text = read(file);
            TOKENS.addAll(HclLexer.lex(text).tokens());
            HclBody body = HclParser.parse(text).body();
            body.blocks().forEach(b -> ADDRESSES.add(b.address()));
            collect(body);
        }
    }

    @Test
    void everyCommentFormAppears() {
        assertThat(tokens(HclTokenType.COMMENT)).anyMatch(t -> t.startsWith("#"))
                .anyMatch(t -> t.startsWith("//"))
                .anyMatch(t -> t.startsWith("/*") && t.contains("\n"))
                .anyMatch(t -> t.startsWith("/*") && !t.contains("\n"));
    }

    @Test
    void topLevelBlocksOfEveryKindAppearWithProviderAliases() {
        assertThat(ADDRESSES).contains("terraform", "locals")
                .anyMatch(a -> a.matches("provider\\.aws\\.\\w+"))
                .anyMatch(a -> a.startsWith("module."))
                .anyMatch(a -> a.startsWith("variable."))
                .anyMatch(a -> a.startsWith("output."))
                .anyMatch(a -> a.startsWith("data.aws_iam_policy_document."));
        assertThat(ADDRESSES.stream().filter(a -> a.startsWith("provider.")).distinct().count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void dynamicBlocksCountAndForEachAppear() {
        assertThat(BLOCKS).anyMatch(b -> b.type().equals("dynamic") && b.labels().equals(List.of("statement")))
                .anyMatch(b -> b.type().equals("content") && b.body().blocks("dynamic").size() > 0);
        assertThat(ATTRIBUTES).anyMatch(named("count")).anyMatch(named("for_each")).anyMatch(named("iterator"))
                .anyMatch(named("providers"));
    }

    @Test
    void heredocsInBothFormsWithJsonPoliciesAndTemplateDirectivesAppear() {
        assertThat(tokens(HclTokenType.OPEN_HEREDOC)).anyMatch(t -> t.startsWith("<<POLICY"))
                .anyMatch(t -> t.startsWith("<<-"))
                .anyMatch(t -> t.startsWith("<<DEFINITION"));
        assertThat(tokens(HclTokenType.TEMPLATE_DIRECTIVE)).isNotEmpty();
    }

    @Test
    void conditionalsSplatsForExpressionsAndLegacyInterpolationAppear() {
        assertThat(tokens(HclTokenType.QUESTION)).isNotEmpty();
        assertThat(tokens(HclTokenType.ELLIPSIS)).isNotEmpty();
        assertThat(sequence(HclTokenType.LEFT_BRACKET, HclTokenType.STAR, HclTokenType.RIGHT_BRACKET)).isTrue();
        assertThat(sequence(HclTokenType.DOT, HclTokenType.STAR)).isTrue();
        assertThat(TOKENS).anyMatch(t -> t.type() == HclTokenType.IDENT && t.text().equals("for"));
        assertThat(ATTRIBUTES).anyMatch(a -> a.expression().text().matches("\"\\$\\{[a-z_]+\\.[a-z_]+\\.[a-z_]+}\""));
    }

    @Test
    void functionCallsOverSeveralLinesAppear() {
        boolean found = false;
        for (int i = 0; i + 2 < TOKENS.size(); i++) {
            found |= TOKENS.get(i).type() == HclTokenType.IDENT && TOKENS.get(i + 1).type() == HclTokenType.LEFT_PAREN
                    && TOKENS.get(i + 2).type() == HclTokenType.NEWLINE;
        }
        assertThat(found).isTrue();
    }

    private static void collect(HclBody body) {
        ATTRIBUTES.addAll(body.attributes());
        for (HclBlock block : body.blocks()) {
            BLOCKS.add(block);
            collect(block.body());
        }
    }

    private static List<String> tokens(HclTokenType type) {
        return TOKENS.stream().filter(t -> t.type() == type).map(HclToken::text).toList();
    }

    private static boolean sequence(HclTokenType... types) {
        for (int i = 0; i + types.length <= TOKENS.size(); i++) {
            boolean match = true;
            for (int j = 0; j < types.length && match; j++) {
                match = TOKENS.get(i + j).type() == types[j];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static Predicate<HclAttribute> named(String name) {
        return a -> a.name().equals(name);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
