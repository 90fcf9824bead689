package dev.s3grant.bench;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.model.Design;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The façade: a design in, every document, finding, matrix row and explanation out. Sampled, so
 * that the JSON holds the median and the 95th percentile of single calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FacadeBenchmark {

    /** The number of writers: the example's writer repeated, each in an account of its own. */
    @Param({"1", "10", "100", "200"})
    public int writers;

    private Design design;

    @Setup
    public void setUp() {
        design = BenchDesigns.withWriters(writers);
    }

    @Benchmark
    public DesignArtifacts artifacts() {
        return GrantDesigner.artifacts(design);
    }
}
