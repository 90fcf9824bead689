package dev.s3grant.bench;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.model.Design;
import dev.s3grant.model.WriterFiles;
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
 * The façade at the scale of an organization: 100 and 500 writers sharing one role, with a writer
 * file per account and with the shared writer file (decision 0044). The façade must stay linear:
 * the 500-writer time at most five times the 100-writer time (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScaleBenchmark {

    @Param({"100", "500"})
    public int writers;

    @Param({"PER_ACCOUNT", "SHARED"})
    public WriterFiles writerFiles;

    private Design design;

    @Setup
    public void setUp() {
        Design d = BenchDesigns.withWriters(writers);
        design = d.withOptions(d.options().withWriterFiles(writerFiles));
    }

    @Benchmark
    public DesignArtifacts artifacts() {
        return GrantDesigner.artifacts(design);
    }
}
