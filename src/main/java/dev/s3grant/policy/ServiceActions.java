package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The S3 actions a trusted service's own documentation asks for at its destination beyond what a
 * writer gets anyway (docs/aws-rules.md#service-destination-actions). Firehose documents {@code s3:AbortMultipartUpload},
 * {@code s3:GetBucketLocation}, {@code s3:GetObject}, {@code s3:ListBucket},
 * {@code s3:ListBucketMultipartUploads} and {@code s3:PutObject} for an S3 destination
 * ({@link dev.s3grant.model.DocLinks#FIREHOSE_S3_DESTINATION}). Both halves of the grant get them: bucket actions on the bucket ARN,
 * object actions on the objects (docs/aws-rules.md#resource-arns), each in a statement of its own beside the put statement.
 */
public final class ServiceActions {

    static final List<String> FIREHOSE_BUCKET_ACTIONS =
            List.of("s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads");
    static final List<String> FIREHOSE_OBJECT_ACTIONS =
            List.of(WriterActions.ABORT_MULTIPART_UPLOAD, "s3:GetObject", WriterActions.PUT_OBJECT);

    private ServiceActions() {
    }

    /** True when one of the writer's trusted services documents more than the put actions. */
    public static boolean needed(Writer writer) {
        return writer.principals().trustedServices().contains(ServiceCatalog.FIREHOSE);
    }

    /** The writer's trusted services whose documentation asks for the further actions. */
    public static List<String> documentingServices(Writer writer) {
        return needed(writer) ? List.of(ServiceCatalog.FIREHOSE) : List.of();
    }

    /** The bucket-level actions the writer's services document, sorted; empty when none does. */
    public static List<String> bucketActions(Writer writer) {
        return needed(writer) ? FIREHOSE_BUCKET_ACTIONS : List.of();
    }

    /** The object actions the writer's services document that its put statements do not already grant, sorted. */
    public static List<String> objectActions(Design design, Writer writer) {
        if (!needed(writer)) {
            return List.of();
        }
        TreeSet<String> extra = new TreeSet<>(FIREHOSE_OBJECT_ACTIONS);
        extra.removeAll(WriterActions.all(design, writer));
        return List.copyOf(extra);
    }

    /** Every action the writer's services document, bucket and object ones, sorted. */
    public static List<String> all(Writer writer) {
        if (!needed(writer)) {
            return List.of();
        }
        TreeSet<String> all = new TreeSet<>(FIREHOSE_BUCKET_ACTIONS);
        all.addAll(FIREHOSE_OBJECT_ACTIONS);
        return List.copyOf(all);
    }

    /** The role policy's statements for them, with the role policy's own conditions. */
    static List<Statement> forRole(Design design, Writer writer, List<Condition> conditions) {
        List<Statement> statements = new ArrayList<>();
        List<String> bucket = bucketActions(writer);
        if (!bucket.isEmpty()) {
            statements.add(Statement.of(Sids.ALLOW_SERVICE_BUCKET_ACTIONS, Effect.Allow, null, bucket,
                    List.of(Arns.bucket(design)), conditions));
        }
        List<String> objects = objectActions(design, writer);
        if (!objects.isEmpty()) {
            statements.add(Statement.of(Sids.ALLOW_SERVICE_OBJECT_ACTIONS, Effect.Allow, null, objects,
                    Arns.objects(design), conditions));
        }
        return statements;
    }

    /** The bucket policy's statements for them, naming the writer as its put statement does. */
    static List<Statement> forBucket(Design design, Writer writer, BucketSidePrincipal who) {
        List<Statement> statements = new ArrayList<>();
        List<String> bucket = bucketActions(writer);
        if (!bucket.isEmpty()) {
            statements.add(Statement.of(Sids.allowServiceBucketActionsFrom(writer.alias()), Effect.Allow,
                    who.principal(), bucket, List.of(Arns.bucket(design)), who.conditions()));
        }
        List<String> objects = objectActions(design, writer);
        if (!objects.isEmpty()) {
            statements.add(Statement.of(Sids.allowServiceObjectActionsFrom(writer.alias()), Effect.Allow,
                    who.principal(), objects, Arns.objects(design), who.conditions()));
        }
        return statements;
    }
}
