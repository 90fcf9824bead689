package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The window's evaluation stops once a newer design is waiting (decision 0054); one that is never unwanted gives
 * exactly the CLI's artifacts.
 */
class UnwantedArtifactsTest {

    /** The example with its writer repeated, so that the Terraform files go to the second core. */
    private static Design manyWriters() {
        Design example = DesignFiles.example();
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < GrantDesigner.SECOND_CORE_FROM_WRITERS + 2; i++) {
            writers.add(example.writers().get(0).withAlias(DesignDefaults.writerAlias(i))
                    .withAccountId(String.format(Locale.ROOT, "%012d", 100_000_000_000L + i)));
        }
        return example.withWriters(writers);
    }

    @Test
    void anEvaluationUnwantedAfterItsPoliciesStopsBeforeTheRest() {
        AtomicInteger asked = new AtomicInteger();
        boolean[] newerKey = {false};
        for (Design design : List.of(DesignFiles.example(), manyWriters())) {
            newerKey[0] = false;
            assertThatThrownBy(() -> GrantDesigner.artifacts(design, policies -> newerKey[0] = true, () -> {
                asked.incrementAndGet();
                return newerKey[0];
            })).isInstanceOf(CancellationException.class);
        }
        assertThat(asked.get()).as("it stopped at its first look, right after the policies").isEqualTo(2);
    }

    @Test
    void anEvaluationUnwantedHalfWayStopsThere() {
        AtomicInteger looks = new AtomicInteger();
        assertThatThrownBy(() -> GrantDesigner.artifacts(manyWriters(), policies -> { },
                () -> looks.incrementAndGet() == 2)).isInstanceOf(CancellationException.class);
        assertThat(looks.get()).isEqualTo(2);
    }

    @Test
    void anEvaluationNeverUnwantedIsTheClisOwn() {
        for (Design design : List.of(DesignFiles.example(), manyWriters())) {
            AtomicInteger looks = new AtomicInteger();
            DesignArtifacts window = GrantDesigner.artifacts(design, policies -> { }, () -> {
                looks.incrementAndGet();
                return false;
            });
            DesignArtifacts cli = GrantDesigner.artifacts(design);
            assertThat(window.files()).isEqualTo(cli.files());
            assertThat(window.findings()).isEqualTo(cli.findings());
            assertThat(looks.get()).isEqualTo(3);
        }
    }
}
