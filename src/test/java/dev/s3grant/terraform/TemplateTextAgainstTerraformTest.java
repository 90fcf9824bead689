package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential check of the string escaping against Terraform itself (skipped when {@code terraform}
 * is not installed): hostile literals around an interpolation, written by {@link TemplateText},
 * evaluate in {@code terraform console} to exactly the intended text.
 */
class TemplateTextAgainstTerraformTest {

    private static final String VALUE = "V";

    static List<String> hostileLiterals() {
        List<String> fragments = List.of("\"", "\\", "${", "%{", "$${", "%%{", "$", "$$", "%", "{", "}", "\n", "\r",
                "\t", "\u0001", "\u007f", "\u2028", "#", "/*", "<<EOT", "\\u0024", "日本", "😀", "a");
        List<String> literals = new ArrayList<>(fragments);
        for (String a : fragments) {
            for (String b : List.of("$", "${", "\\", "\"", "%{")) {
                literals.add(a + b);
            }
        }
        return literals;
    }

    @Test
    void terraformReadsBackExactlyTheTextAroundAnInterpolation(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(TerraformOnPath.installed(), "terraform is not installed");
        List<String> literals = hostileLiterals();
        List<String> expected = new ArrayList<>();
        StringBuilder tf = new StringBuilder("variable \"x\" {\n  type    = string\n  default = \"" + VALUE + "\"\n}\n\nlocals {\n");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < literals.size(); i++) {
            String literal = literals.get(i);
            TemplateText template = TemplateText.literal(literal)
                    .append(TemplateText.interpolation(HclExpr.ref("var.x")))
                    .append(literal);
            tf.append("  v").append(i).append(" = ").append(template.source()).append('\n');
            names.add("local.v" + i);
            expected.add(literal + VALUE + literal);
        }
        tf.append("}\n");
        Files.writeString(dir.resolve("main.tf"), tf.toString(), StandardCharsets.UTF_8);

        TerraformOnPath.Result console = TerraformOnPath.run(dir, "base64encode(jsonencode([" + String.join(", ", names) + "]))\n",
                List.of("console"));
        assertThat(console.exitCode()).as("terraform console failed:%n%s", console.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        String base64 = console.out().strip().replace("\"", "");
        JsonNode values = json.readTree(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
        List<String> actual = new ArrayList<>();
        values.forEach(v -> actual.add(v.textValue()));
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
