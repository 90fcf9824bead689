package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.budget.WriterBudget;
import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Keeps the size table of {@code docs/principal-styles.md} measured: bytes of the bucket and key policies for 10, 100
 * and 500 writers that share a role, in each principal style, and how many more writers fit at 10.
 * {@code -Dsizes.doc.update=true} rewrites the table.
 */
class PrincipalStyleSizesDocTest {

    private static final Path DOC = Path.of("docs", "principal-styles.md");
    private static final String BEGIN = "<!-- sizes:begin (PrincipalStyleSizesDocTest) -->\n";
    private static final String END = "<!-- sizes:end -->\n";
    private static final List<Integer> COUNTS = List.of(10, 100, 500);
    /** The OU of the example organization (decision 0052). */
    private static final String OU = "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/";

    static String table() {
        StringBuilder out = new StringBuilder();
        out.append("| Writers | Document | ACCOUNT_WITH_ROLE_CONDITION | ROLE_ARN | SHARED_ROLE | SHARED_ROLE with writerOrgPath |\n");
        out.append("|---:|---|---:|---:|---:|---:|\n");
        for (int count : COUNTS) {
            StringBuilder bucket = new StringBuilder(String.format(Locale.ROOT, "| %d | bucket policy (limit 20,480) |", count));
            StringBuilder key = new StringBuilder(String.format(Locale.ROOT, "| %d | KMS key policy (limit 32,768) |", count));
            for (PrincipalStyle style : PrincipalStyle.values()) {
                GeneratedPolicies policies = PolicyGenerator.generate(SharedRoleScaleTest.writersSharingARole(count, style));
                bucket.append(' ').append(bytes(policies.bucketPolicy().size().used(), 20_480)).append(" |");
                key.append(' ').append(bytes(policies.keyPolicy().orElseThrow().size().used(), 32_768)).append(" |");
            }
            Design shared = SharedRoleScaleTest.writersSharingARole(count, PrincipalStyle.SHARED_ROLE);
            GeneratedPolicies byOu = PolicyGenerator.generate(shared.withOptions(shared.options().withWriterOrgPath(OU)));
            bucket.append(' ').append(bytes(byOu.bucketPolicy().size().used(), 20_480)).append(" |");
            key.append(' ').append(bytes(byOu.keyPolicy().orElseThrow().size().used(), 32_768)).append(" |");
            out.append(bucket).append('\n').append(key).append('\n');
        }
        Design ten = SharedRoleScaleTest.writersSharingARole(10, PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION);
        out.append("| 10 | more writers that fit (the tighter document decides) |");
        for (WriterBudget budget : WriterBudget.of(ten)) {
            out.append(String.format(Locale.ROOT, " %,d |", budget.moreWriters()));
        }
        out.append(" any number (the size does not grow) |");
        return out.append('\n').toString();
    }

    private static String bytes(int used, int limit) {
        return String.format(Locale.ROOT, "%,d%s", used, used > limit ? " (over)" : "");
    }

    @Test
    void theSizeTableIsMeasured() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("the table's begin marker").isNotNegative();
        assertThat(end).as("the table's end marker").isGreaterThan(begin);
        String expected = doc.substring(0, begin + BEGIN.length()) + table() + doc.substring(end);
        if (Boolean.getBoolean("sizes.doc.update")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            doc = expected;
        }
        assertThat(doc).as("docs/principal-styles.md is out of date; regenerate with "
                + "mvn -o -q test -Dtest=PrincipalStyleSizesDocTest -Dsizes.doc.update=true").isEqualTo(expected);
    }
}
