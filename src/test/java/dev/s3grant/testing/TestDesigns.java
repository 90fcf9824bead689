package dev.s3grant.testing;

import dev.s3grant.io.DesignReader;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The golden designs under {@code src/test/resources/designs}, one per case the issues name. */
public final class TestDesigns {

    public static final Path FOLDER = Path.of("src/test/resources/designs");

    /** Every golden design's name (the file name without {@code .json}). */
    public static final List<String> NAMES = List.of(
            "ecs-only", "services-list", "three-writers", "kms-existing-key", "kms-managed-key",
            "role-arn", "no-organization", "aws-cn", "existing-bucket", "bucket-owner-preferred",
            "literal-wildcards", "existing-bucket-ownership-unset", "writer-is-owner", "firehose", "ec2", "scheduler",
            "cn-suffix", "existing-policies", "shared-role", "shared-role-existing-key",
            "shared-writer", "shared-role-ou");

    private TestDesigns() {
    }

    /** The names, for {@code @MethodSource("dev.s3grant.testing.TestDesigns#names")}. */
    public static java.util.stream.Stream<String> names() {
        return NAMES.stream();
    }

    public static Path file(String name) {
        return FOLDER.resolve(name + ".json");
    }

    public static String text(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Design load(String name) {
        try {
            return DesignReader.read(text(name), name + ".json");
        } catch (InputException e) {
            throw new IllegalStateException("golden design " + name + " does not load: " + e.problem(), e);
        }
    }
}
