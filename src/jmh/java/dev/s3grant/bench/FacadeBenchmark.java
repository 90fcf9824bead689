package dev.s3grant.bench;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.model.Design;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The façade: a design in, every document, finding, matrix row and explanation out. Sampled, so
 * that the JSON holds the median and the 95th percentile of single calls. Warmed up for 20
 * seconds: at 100 writers the façade's code reaches its compiled steady state only after several
 * hundred calls, and the first calls after start take up to four times as long.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
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
