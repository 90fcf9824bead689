package dev.s3grant.bench;

import dev.s3grant.app.GrantDesigner;
import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;

/** Terraform text for the diff and reader benchmarks: the generated account files of a design as one module file. */
final class BenchTerraform {

    private BenchTerraform() {
    }

    /** Every {@code account_*.tf} of the design, one after the other, as one file's text. */
    static String accountFiles(Design design) {
        StringBuilder out = new StringBuilder();
        GrantDesigner.artifacts(design).terraform().files().forEach((name, text) -> {
            if (name.startsWith("account_")) {
                out.append(text).append('\n');
            }
        });
        return out.toString();
    }

    /** The example with {@code writers} writers in one of the two policy styles, with literal values. */
    static Design design(int writers, TerraformStyle style) {
        Design d = BenchDesigns.withWriters(writers);
        return d.withOptions(d.options().withTerraformStyle(style).withTerraformValues(TerraformValues.LITERALS));
    }

    /**
     * The same design after a round of edits: every tenth writer's role renamed, every seventh
     * writer allowed to tag its objects, the writer in the middle removed and a new one appended.
     */
    static Design edited(Design design) {
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < design.writers().size(); i++) {
            Writer w = design.writers().get(i);
            if (i == design.writers().size() / 2) {
                continue;
            }
            if (i % 10 == 0) {
                w = w.withRoleName(w.roleName() + "-v2");
            }
            if (i % 7 == 0) {
                w = w.withAllowPutObjectTagging(true);
            }
            writers.add(w);
        }
        writers.add(design.writers().get(0).withAlias("Added").withAccountId("999000000001"));
        return design.withWriters(writers);
    }

    static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
