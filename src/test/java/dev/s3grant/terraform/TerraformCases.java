package dev.s3grant.terraform;

import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.WriterFiles;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.testing.TestDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every golden design in both policy styles and both value modes, with the writer files its design
 * chooses ({@code writerFiles} null) or with the layout a test asks for.
 */
record TerraformCases(String designName, TerraformStyle style, TerraformValues values, WriterFiles writerFiles) {

    static List<TerraformCases> all() {
        List<TerraformCases> cases = new ArrayList<>();
        for (String name : TestDesigns.NAMES) {
            for (TerraformStyle style : TerraformStyle.values()) {
                for (TerraformValues values : TerraformValues.values()) {
                    cases.add(new TerraformCases(name, style, values, null));
                }
            }
        }
        return cases;
    }

    /** Every case with a file per writer account: the shared designs too, in the per-account layout. */
    static List<TerraformCases> perAccountLayout() {
        return all().stream().map(c -> new TerraformCases(c.designName, c.style, c.values, WriterFiles.PER_ACCOUNT)).toList();
    }

    /** The cases whose design shares one writer file (decision 0044). */
    static List<TerraformCases> sharedWriterFile() {
        return all().stream().filter(c -> c.design().options().sharedWriterFile()).toList();
    }

    Design design() {
        Design d = withOptions(TestDesigns.load(designName), style, values);
        return writerFiles == null ? d : d.withOptions(d.options().withWriterFiles(writerFiles));
    }

    static Design withOptions(Design design, TerraformStyle style, TerraformValues values) {
        return design.withOptions(design.options().withTerraformStyle(style).withTerraformValues(values));
    }

    GeneratedPolicies policies() {
        return PolicyGenerator.generate(design());
    }

    TerraformFiles files() {
        Design design = design();
        return TerraformGenerator.generate(design, PolicyGenerator.generate(design));
    }

    /** {@code jsonencode-variables}, {@code policy-document-literals}, ... */
    String variant() {
        return (style.name() + "-" + values.name()).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code terraform/<design>/<variant>}, under the golden folder. */
    String goldenFolder() {
        return "terraform/" + designName + "/" + variant();
    }

    @Override
    public String toString() {
        return designName + " " + variant() + (writerFiles == null ? "" : " " + writerFiles);
    }
}
