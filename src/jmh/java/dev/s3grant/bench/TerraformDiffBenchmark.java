package dev.s3grant.bench;

import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.TerraformDiff;
import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text and semantic diff of two 10,000-line {@code .tf} files: the generated account files of a
 * design with enough writers, in {@code aws_iam_policy_document} style, before and after a round of
 * edits ({@link BenchTerraform#edited}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TerraformDiffBenchmark {

    static final int LINES = 10_000;

    private String oldText;
    private String newText;

    @Setup
    public void setUp() {
        int writers = 1;
        while (BenchTerraform.lines(text(writers)) < LINES) {
            writers += 10;
        }
        Design old = BenchTerraform.design(writers, TerraformStyle.POLICY_DOCUMENT);
        oldText = BenchTerraform.accountFiles(old);
        newText = BenchTerraform.accountFiles(BenchTerraform.edited(old));
        System.out.printf("%nold: %d lines, new: %d lines (%d writers)%n",
                BenchTerraform.lines(oldText), BenchTerraform.lines(newText), writers);
    }

    private static String text(int writers) {
        return BenchTerraform.accountFiles(BenchTerraform.design(writers, TerraformStyle.POLICY_DOCUMENT));
    }

    @Benchmark
    public DiffResult compare() {
        return TerraformDiff.compareTexts("main.tf", oldText, newText);
    }
}
