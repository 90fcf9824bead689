package dev.s3grant.bench;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Designs for the benchmarks: the built-in example with its writer repeated in accounts of its own. */
final class BenchDesigns {

    private BenchDesigns() {
    }

    /** The example with {@code count} writers, each the example's writer in account {@code 1000000000NN} under a default alias. */
    static Design withWriters(int count) {
        Design example = DesignFiles.example();
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            writers.add(example.writers().get(0)
                    .withAlias(DesignDefaults.writerAlias(i))
                    .withAccountId(String.format(Locale.ROOT, "%012d", 100_000_000_000L + i)));
        }
        return example.withWriters(writers);
    }
}
