package dev.s3grant.existing.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.OutputFile;
import dev.s3grant.model.Design;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.testing.DesignArbitraries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The check reads the meaning of Terraform: the designer's own files, for any valid design, pass it. */
class ExistingCheckProperties {

    /** Valid designs with ACLs disabled whose writers are in accounts other than the bucket owner's. */
    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs()
                .map(d -> d.withBucket(d.bucket().withObjectOwnership(ObjectOwnership.BucketOwnerEnforced)))
                .filter(d -> d.writers().stream().noneMatch(w -> w.accountId().equals(d.bucketOwner().accountId())));
    }

    @Property(tries = 60)
    void theGeneratedTerraformOfAnyDesignChecksAsIntendedAgainstIt(@ForAll("designs") Design design) throws Exception {
        Path folder = Files.createTempDirectory("s3grant-check");
        try {
            for (OutputFile file : GrantDesigner.artifacts(design).files()) {
                String name = file.relativePath().substring(file.relativePath().lastIndexOf('/') + 1);
                if (name.endsWith(".tf") || name.endsWith(".tfvars")) {
                    Files.writeString(folder.resolve(name), file.content(), StandardCharsets.UTF_8);
                }
            }
            ExistingCheckResult result = ExistingCheck.run(List.of(folder), Optional.of(design));

            assertThat(result.rows()).as(SeedConversationCheckTest.dump(result)).allMatch(r -> r.row().matches());
            assertThat(result.grant().unread()).isEmpty();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
