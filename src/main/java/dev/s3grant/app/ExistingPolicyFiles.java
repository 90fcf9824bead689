package dev.s3grant.app;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.ExistingPolicyReader;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import java.nio.file.Path;

/**
 * The façade's door to the policies a bucket and its KMS key have today
 * (docs/decisions/0029-merge-into-existing-policies.md): a policy document, or the output of
 * {@code aws s3api get-bucket-policy} / {@code aws kms get-key-policy}, from a file or pasted text.
 * Each is checked and kept as its canonical JSON text; a problem names the file, line and column.
 */
public final class ExistingPolicyFiles {

    /** Existing policies are small (a bucket policy at most 20 KB, a key policy 32 KB): anything over 1 MB is refused. */
    private static final long MAX_BYTES = 1024L * 1024;

    private ExistingPolicyFiles() {
    }

    /** The canonical text of the policy in the file. */
    public static String read(Path file) throws InputException {
        return ExistingPolicyReader.read(DesignFiles.readText(file, MAX_BYTES), file.toString());
    }

    /** The canonical text of pasted policy text; {@code source} names it in problems. */
    public static String parse(String text, String source) throws InputException {
        return ExistingPolicyReader.read(text, source);
    }

    /** The design with the existing bucket policy of the file. */
    public static Design withBucketPolicy(Design design, Path file) throws InputException {
        return design.withExisting(design.existing().withBucketPolicy(read(file)));
    }

    /** The design with the existing key policy of the file. */
    public static Design withKeyPolicy(Design design, Path file) throws InputException {
        return design.withExisting(design.existing().withKeyPolicy(read(file)));
    }
}
