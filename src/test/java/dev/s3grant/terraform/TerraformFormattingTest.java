package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated file is laid out as {@code terraform fmt} leaves it. */
class TerraformFormattingTest {

    static Stream<TerraformCases> cases() {
        return TerraformCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFileFollowsTheFmtLayout(TerraformCases c) {
        c.files().files().forEach((name, text) ->
                assertThat(FmtRules.violations(text)).as("%s of %s:%n%s", name, c, text).isEmpty());
    }

    @Test
    void theRulesFindAnEqualsSignOutOfLine() {
        String text = "resource \"x\" \"y\" {\n  name = \"a\"\n  path   = \"/\"\n  description = \"d\"\n}\n";
        assertThat(FmtRules.violations(text)).containsExactly(
                "line 2: '=' at column 8, fmt aligns it at 15:   name = \"a\"",
                "line 3: '=' at column 10, fmt aligns it at 15:   path   = \"/\"");
    }

    @Test
    void theRulesEndARunAtAValueThatSpansLines() {
        String aligned = "x = {\n  Sid    = \"a\"\n  Effect = \"Allow\"\n  Principal = {\n    AWS = \"b\"\n  }\n}\n";
        assertThat(FmtRules.violations(aligned)).isEmpty();
        String overAligned = "x = {\n  Sid       = \"a\"\n  Effect    = \"Allow\"\n  Principal = {\n    AWS = \"b\"\n  }\n}\n";
        assertThat(FmtRules.violations(overAligned)).hasSize(2);
    }

    @Test
    void theRulesFindWrongIndentationAndMissingBlankLines() {
        assertThat(FmtRules.violations("a {\n   b = 1\n}\n")).containsExactly("line 2: indented 3, fmt indents 2");
        assertThat(FmtRules.violations("a {}\nb {}\n")).containsExactly("line 2: no blank line before the top-level block");
        assertThat(FmtRules.violations("x = \"a\" \n")).containsExactly("line 1: trailing space");
        assertThat(FmtRules.violations("x = jsonencode({\n  a = 1\n})\n")).isEmpty();
        assertThat(FmtRules.violations("x = \"}${var.a}{\"\ny = 1\n")).isEmpty();
    }

    /** The real {@code terraform fmt}, when it is installed: it must find nothing to change. */
    @Test
    void terraformFmtChangesNothing(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(TerraformOnPath.installed(), "terraform is not installed");
        for (TerraformCases c : TerraformCases.all()) {
            Path folder = Files.createDirectories(dir.resolve(c.designName()).resolve(c.variant()));
            for (var f : c.files().files().entrySet()) {
                Files.createDirectories(folder.resolve(f.getKey()).getParent());
                Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
        }
        TerraformOnPath.Result fmt = TerraformOnPath.run(dir, "", List.of("fmt", "-check", "-recursive", "-list=true", "."));
        assertThat(fmt.exitCode()).as("terraform fmt -check lists files it would change:%n%s%s", fmt.out(), fmt.err()).isZero();
    }
}
