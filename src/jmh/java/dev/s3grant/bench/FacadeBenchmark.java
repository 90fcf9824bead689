package dev.s3grant.bench;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.DesignReader;
import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The façade: a design in, every document, finding, matrix row and explanation out. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FacadeBenchmark {

    @Param({"1", "10", "100"})
    public int writers;

    private Design design;

    @Setup
    public void setUp() {
        Design example = DesignFiles.example();
        List<Writer> many = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String account = String.format("%012d", 100_000_000_000L + i);
            many.add(example.writers().get(0).withAlias(DesignReader.defaultWriterAlias(i)).withAccountId(account));
        }
        design = example.withWriters(many);
    }

    @Benchmark
    public DesignArtifacts artifacts() {
        return GrantDesigner.artifacts(design);
    }
}
