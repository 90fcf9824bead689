package dev.s3grant.bench;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.map.GrantMap;
import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.Language;
import java.util.List;
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
 * The grant map of a design whose artifacts exist: boxes and arrows built from the access check and
 * the generated files, then laid out (issue 18: at most 20 ms for 100 writers on the background
 * worker). The design is the example with its writer repeated, three prefixes and SSE-KMS, so every
 * kind of box and arrow is drawn. Sampled, so the JSON holds the median and the 95th percentile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GrantMapBenchmark {

    /** The number of writers; beyond twelve they are drawn in groups of ten (decision 0037). */
    @Param({"1", "12", "100"})
    public int writers;

    private DesignArtifacts artifacts;

    @Setup
    public void setUp() {
        Design design = BenchDesigns.withWriters(writers);
        design = design.withBucket(design.bucket()
                .withKeyPrefixes(List.of("incoming/", "reports/", "shared/archive/"))
                .withEncryption(new Encryption(EncryptionType.SSE_KMS,
                        "arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab", false, true)));
        artifacts = GrantDesigner.artifacts(design);
    }

    @Benchmark
    public GrantMap grantMap() {
        return GrantDesigner.grantMap(artifacts, Language.JA);
    }
}
