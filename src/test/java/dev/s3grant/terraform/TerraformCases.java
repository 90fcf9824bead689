package dev.s3grant.terraform;

import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.testing.TestDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every golden design in both policy styles and both value modes. */
record TerraformCases(String designName, TerraformStyle style, TerraformValues values) {

    static List<TerraformCases> all() {
        List<TerraformCases> cases = new ArrayList<>();
        for (String name : TestDesigns.NAMES) {
            for (TerraformStyle style : TerraformStyle.values()) {
                for (TerraformValues values : TerraformValues.values()) {
                    cases.add(new TerraformCases(name, style, values));
                }
            }
        }
        return cases;
    }

    Design design() {
        return withOptions(TestDesigns.load(designName), style, values);
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
        return designName + " " + variant();
    }
}
