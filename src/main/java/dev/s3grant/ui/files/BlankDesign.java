package dev.s3grant.ui.files;

import dev.s3grant.model.Bucket;
import dev.s3grant.model.BucketOwner;
import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.Options;
import dev.s3grant.model.Partition;
import dev.s3grant.model.Principals;
import dev.s3grant.model.Writer;
import java.util.List;

/** What File › New starts from: the safe defaults, one ECS-only writer A, and nothing filled in that only the user knows. */
public final class BlankDesign {

    private BlankDesign() {
    }

    public static Design create() {
        return new Design(Design.FORMAT_VERSION, "new-grant", Partition.AWS, "us-east-1", "",
                new BucketOwner("B", "", ""),
                new Bucket("", true, List.of(), ObjectOwnership.BucketOwnerEnforced, true, true, Encryption.sseS3()),
                List.of(new Writer("A", "", "", "/", Principals.ecsOnly(), true, false, "")),
                Options.defaults());
    }
}
