package dev.s3grant.bench;

import dev.s3grant.hcl.HclFile;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.model.TerraformStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The HCL reader on a large realistic file: the Terraform files of the test corpus and the
 * generated account files of a 200-writer design in both policy styles, one after the other
 * (about 0.8 MB). The {@code bytes} counter is the reader's speed in bytes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HclReaderBenchmark {

    private static final List<String> CORPUS = List.of(
            "/hcl-corpus/legacy/uploader-0-11.tf",
            "/hcl-corpus/network/endpoint.tf",
            "/hcl-corpus/network/flow-logs.tf",
            "/hcl-corpus/owner-account/bucket.tf",
            "/hcl-corpus/owner-account/kms.tf",
            "/hcl-corpus/owner-account/providers.tf",
            "/hcl-corpus/writer-account/modules.tf",
            "/hcl-corpus/writer-account/role.tf");

    String source;
    long bytes;

    /** Bytes read, reported by JMH per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Read {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void setUp() {
        StringBuilder text = new StringBuilder();
        for (String resource : CORPUS) {
            text.append(read(resource)).append('\n');
        }
        text.append(BenchTerraform.accountFiles(BenchTerraform.design(200, TerraformStyle.JSONENCODE)));
        text.append(BenchTerraform.accountFiles(BenchTerraform.design(200, TerraformStyle.POLICY_DOCUMENT)));
        source = text.toString();
        bytes = source.getBytes(StandardCharsets.UTF_8).length;
        HclFile file = HclParser.parse(source);
        System.out.printf("%n%d bytes, %d lines, %d top-level items, %d errors%n", bytes, BenchTerraform.lines(source),
                file.body().items().size(), file.errors().size());
    }

    @Benchmark
    public HclFile parse(Read read) {
        read.bytes += bytes;
        return HclParser.parse(source);
    }

    private static String read(String resource) {
        try (InputStream in = HclReaderBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
