package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerraformNamesTest {

    private static Design withAliases(String owner, String... writers) {
        Design example = DesignFiles.example();
        Writer template = example.writers().get(0);
        return example.withBucketOwner(example.bucketOwner().withAlias(owner))
                .withWriters(java.util.Arrays.stream(writers).map(template::withAlias).toList());
    }

    @Test
    void aliasesBecomeSnakeCase() {
        assertThat(TerraformNames.snake("Analytics-EU.1")).isEqualTo("analytics_eu_1");
        assertThat(TerraformNames.snake("Ä b")).isEqualTo("__b");
    }

    @Test
    void namesFollowTheFixedConvention() {
        TerraformNames names = new TerraformNames(withAliases("B", "A", "Analytics"));
        assertThat(List.of(names.writerFile(1), names.writerResource(1), names.writerTrustData(1), names.writerRoleData(1),
                names.writerAccountVariable(1), names.roleNameVariable(1), names.ownerFile(), names.ownerAccountVariable()))
                .containsExactly("account_Analytics.tf", "writer_analytics", "writer_analytics_trust", "writer_analytics_role",
                        "account_analytics_id", "writer_analytics_role_name", "account_B.tf", "account_b_id");
    }

    @Test
    void collidingAliasesGetANumberInsteadOfSharingAName() {
        TerraformNames names = new TerraformNames(withAliases("a", "A", "a-", "a_"));
        assertThat(List.of(names.writerResource(0), names.writerResource(1), names.writerResource(2)))
                .containsExactly("writer_a", "writer_a_", "writer_a__2");
        assertThat(names.ownerAccountVariable()).isEqualTo("account_a_2_id");
        assertThat(names.writerFile(0)).isEqualTo("account_A.tf");
        assertThat(names.ownerFile()).as("file names differ only in case: they collide on some file systems")
                .isEqualTo("account_a_2.tf");
    }
}
