package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The S3 actions a writer is granted (docs/aws-rules.md#no-put-object-acl, docs/aws-rules.md#multipart-uploads).
 * {@code s3:PutObject} covers the multipart
 * calls; {@code s3:PutObjectAcl} appears only when ACLs are enabled, because then the writer must
 * send {@code bucket-owner-full-control}.
 */
public final class WriterActions {

    public static final String PUT_OBJECT = "s3:PutObject";
    public static final String PUT_OBJECT_ACL = "s3:PutObjectAcl";
    public static final String ABORT_MULTIPART_UPLOAD = "s3:AbortMultipartUpload";
    public static final String PUT_OBJECT_TAGGING = "s3:PutObjectTagging";
    public static final String ACL_KEY = "s3:x-amz-acl";
    public static final String BUCKET_OWNER_FULL_CONTROL = "bucket-owner-full-control";

    private WriterActions() {
    }

    /** True when the bucket requires {@code bucket-owner-full-control} (ACLs enabled). */
    public static boolean aclRequired(Design design) {
        return !design.bucket().objectOwnership().aclsDisabled();
    }

    /** Actions that write the object itself (and its ACL when ACLs are enabled). */
    public static List<String> putActions(Design design) {
        return aclRequired(design) ? List.of(PUT_OBJECT, PUT_OBJECT_ACL) : List.of(PUT_OBJECT);
    }

    /** Actions on existing uploads and objects that carry no ACL header: abort and tagging, as designed. */
    public static List<String> upkeepActions(Writer writer) {
        List<String> actions = new ArrayList<>();
        if (writer.allowAbortMultipartUpload()) {
            actions.add(ABORT_MULTIPART_UPLOAD);
        }
        if (writer.allowPutObjectTagging()) {
            actions.add(PUT_OBJECT_TAGGING);
        }
        return actions;
    }

    /** Everything the writer's role policy allows on objects. */
    public static List<String> all(Design design, Writer writer) {
        List<String> actions = new ArrayList<>(putActions(design));
        actions.addAll(upkeepActions(writer));
        return actions;
    }
}
