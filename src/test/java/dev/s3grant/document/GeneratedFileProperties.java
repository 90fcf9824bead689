package dev.s3grant.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.terraform.TerraformGenerator;
import dev.s3grant.testing.DesignArbitraries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the design, the elements the writers record lie in the text, nest properly and have unique ids. */
class GeneratedFileProperties {

    @Property(tries = 200)
    void elementsLieInTheTextNestProperlyAndHaveUniqueIds(@ForAll("designs") Design design,
                                                          @ForAll TerraformStyle style, @ForAll TerraformValues values) {
        Design styled = design.withOptions(design.options().withTerraformStyle(style).withTerraformValues(values));
        GeneratedPolicies policies = PolicyGenerator.generate(styled);
        List<GeneratedFile> files = new ArrayList<>();
        policies.all().stream().map(PolicyFile::generated).forEach(files::add);
        files.addAll(TerraformGenerator.generate(styled, policies).documents());
        for (GeneratedFile file : files) {
            Set<String> ids = new HashSet<>();
            Map<String, FileElement> byId = new HashMap<>();
            int lastTopEnd = -1;
            for (FileElement e : file.elements()) {
                assertThat(ids.add(e.id())).as("%s: %s is unique", file.path(), e.id()).isTrue();
                byId.put(e.id(), e);
                assertThat(e.end()).isLessThanOrEqualTo(file.text().length());
                assertThat(e.length()).as("%s: %s is not empty", file.path(), e.id()).isPositive();
                if (e.topLevel()) {
                    assertThat(e.start()).as("%s: %s after the previous top-level element", file.path(), e.id())
                            .isGreaterThan(lastTopEnd);
                    lastTopEnd = e.end();
                } else {
                    FileElement parent = byId.get(e.parent());
                    assertThat(parent).as("%s: the parent of %s comes first", file.path(), e.id()).isNotNull();
                    assertThat(e.id()).startsWith(parent.id() + "/");
                    assertThat(e.start()).isGreaterThanOrEqualTo(parent.start());
                    assertThat(e.end()).isLessThanOrEqualTo(parent.end());
                }
            }
        }
    }

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }
}
