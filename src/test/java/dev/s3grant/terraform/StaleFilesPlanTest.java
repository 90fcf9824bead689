package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.s3grant.app.GrantDesigner;
import dev.s3grant.io.FolderExporter;
import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.Writer;
import dev.s3grant.testing.TestDesigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why stale files matter (decision 0014), shown by {@code terraform plan} offline: a writer's
 * {@code account_A2.tf} left in the folder after the writer was removed from the design still
 * creates its role; once the export has pruned it (to {@code account_A2.tf.bak}) it does not.
 * The user's own {@code providers.tf} in the folder is left alone.
 *
 * <p>Runs, as {@link TerraformPlanTest} does, wherever {@code terraform} is on the PATH and
 * {@link ProviderMirror} finds the AWS provider; skipped elsewhere with a message saying which.
 */
class StaleFilesPlanTest {

    @Test
    void aRemovedWritersRoleIsPlannedUntilItsFileIsPruned(@TempDir Path dir) throws Exception {
        assumeTrue(TerraformOnPath.installed(), "terraform is not on the PATH");
        Optional<Path> mirror = ProviderMirror.find();
        assumeTrue(mirror.isPresent(), "no local AWS provider for " + ProviderMirror.platform() + " in " + ProviderMirror.searched());
        Design one = TestDesigns.load("ecs-only");
        one = one.withOptions(one.options().withTerraformValues(TerraformValues.LITERALS));
        Writer a = one.writers().get(0);
        Design two = one.withWriters(List.of(a, a.withAlias("A2").withAccountId("333333333333")));
        Path out = dir.resolve("out");
        FolderExporter.export(out, two.name(), GrantDesigner.export(two).filesByPath(), false, false);
        Files.writeString(out.resolve("providers.tf"), PROVIDER);
        Files.writeString(out.resolve("none.tfrc"), ProviderMirror.cliConfig(mirror.get()));
        run(out, "init", "-input=false", "-no-color", "-backend=false");
        assertThat(plan(out)).contains("aws_iam_role.writer_a2 will be created");

        FolderExporter.export(out, one.name(), GrantDesigner.export(one).filesByPath(), true, true);

        String pruned = plan(out);
        assertThat(pruned).contains("aws_iam_role.writer_a will be created").doesNotContain("writer_a2");
        assertThat(out.resolve("account_A2.tf.bak")).exists();
        assertThat(Files.readString(out.resolve("providers.tf"))).isEqualTo(PROVIDER);
    }

    private static final String PROVIDER = PlanRoot.offlineProvider(null, "ap-northeast-1").stripLeading();

    private static String plan(Path dir) throws IOException, InterruptedException {
        return run(dir, "plan", "-input=false", "-no-color", "-refresh=false").out();
    }

    private static TerraformOnPath.Result run(Path dir, String... arguments) throws IOException, InterruptedException {
        TerraformOnPath.Result result = TerraformOnPath.run(dir, "", List.of(arguments));
        assertThat(result.exitCode()).as("terraform %s:%n%s%n%s", String.join(" ", arguments), result.out(), result.err()).isZero();
        return result;
    }
}
