package dev.s3grant.analysis.access;

import static dev.s3grant.analysis.access.Expectation.ALLOWED;
import static dev.s3grant.analysis.access.Expectation.DENIED;

import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.BucketKmsKey;
import dev.s3grant.policy.ConditionKeys;
import dev.s3grant.policy.RolePolicyGenerator;
import dev.s3grant.policy.ServiceActions;
import dev.s3grant.policy.WriterActions;
import java.util.List;

/**
 * The rows of one writer's role session: its puts under every prefix, the requests of a multipart
 * upload, upload upkeep and ACL calls as designed, the S3 calls it must not make, the puts that the
 * bucket's guards must stop (keys outside the prefixes, and keys that a prefix's literal {@code *} or
 * {@code ?} would match as a wildcard), and its use of the KMS key under SSE-KMS. A writer in the
 * bucket owner's own account gets no foreign-organization probe: its principal and the bucket are in
 * one organization, so that request cannot happen.
 */
final class WriterRows {

    /** The algorithm header of a put that asks for SSE-S3 instead of the bucket's SSE-KMS. */
    static final String SSE_S3 = "AES256";

    private WriterRows() {
    }

    static void addTo(MatrixRows rows, int index) {
        DesignPolicies policies = rows.policies();
        Design design = rows.design();
        Writer writer = rows.writer(index);
        ProbeValues probe = rows.probe();
        String alias = writer.alias();
        String owner = design.bucketOwner().accountId();
        String org = design.organizationId();
        Caller session = Caller.roleSession(Arns.role(design, writer), ProbeValues.SESSION);
        PolicySet bucket = PolicySet.of(List.of(policies.role(index)), policies.bucket(), ResourcePolicyKind.ORDINARY);

        RequestContext plain = ImpliedKeys.fill(RequestContext.empty(), session, owner, org, probe.orgPathOf(org), org);
        boolean acl = WriterActions.aclRequired(design);
        RequestContext put = acl
                ? plain.with(WriterActions.ACL_KEY, WriterActions.BUCKET_OWNER_FULL_CONTROL)
                : plain;

        List<String> keys = keysUnderPrefixes(design);
        for (String key : keys) {
            rows.add(Message.of("access.row.put", alias, key),
                    request(session, WriterActions.PUT_OBJECT, probe.objectArn(key), owner, put), bucket, ALLOWED);
        }
        String object = probe.objectArn(keys.get(0));
        if (acl) {
            rows.add(Message.of("access.row.putWithoutAcl", alias),
                    request(session, WriterActions.PUT_OBJECT, object, owner, plain), bucket, DENIED);
        }
        addMultipartRows(rows, alias, session, object, owner, plain, bucket, acl);
        List<String> serviceActions = ServiceActions.all(writer);
        rows.add(Message.of("access.row.abort", alias),
                request(session, WriterActions.ABORT_MULTIPART_UPLOAD, object, owner, plain), bucket,
                Expectation.of(writer.allowAbortMultipartUpload()
                        || serviceActions.contains(WriterActions.ABORT_MULTIPART_UPLOAD)));
        rows.add(Message.of("access.row.tagging", alias),
                request(session, WriterActions.PUT_OBJECT_TAGGING, object, owner, plain), bucket,
                Expectation.of(writer.allowPutObjectTagging()));
        rows.add(Message.of("access.row.putAcl", alias),
                request(session, WriterActions.PUT_OBJECT_ACL, object, owner, put), bucket, Expectation.of(acl));
        rows.add(Message.of("access.row.get", alias),
                request(session, "s3:GetObject", object, owner, plain), bucket,
                Expectation.of(serviceActions.contains("s3:GetObject")));
        rows.add(Message.of("access.row.delete", alias),
                request(session, "s3:DeleteObject", object, owner, plain), bucket, DENIED);
        rows.add(Message.of("access.row.list", alias),
                request(session, "s3:ListBucket", Arns.bucket(design), owner, plain), bucket,
                Expectation.of(serviceActions.contains("s3:ListBucket")));
        for (String action : ServiceActions.bucketActions(writer)) {
            if (!action.equals("s3:ListBucket")) {
                rows.add(Message.of("access.row.serviceBucketAction", alias, action,
                                String.join(", ", ServiceActions.documentingServices(writer))),
                        request(session, action, Arns.bucket(design), owner, plain), bucket, ALLOWED);
            }
        }
        probe.keyOutsidePrefixes().ifPresent(key -> rows.add(Message.of("access.row.outsidePrefixes", alias, key),
                request(session, WriterActions.PUT_OBJECT, probe.objectArn(key), owner, put), bucket, DENIED));
        for (ProbeValues.LiteralWildcardProbe literal : probe.literalWildcardProbes()) {
            rows.add(Message.of("access.row.literalWildcard", alias, literal.key(), literal.prefix()),
                    request(session, WriterActions.PUT_OBJECT, probe.objectArn(literal.key()), owner, put), bucket, DENIED);
        }
        if (design.bucket().denyInsecureTransport()) {
            rows.add(Message.of("access.row.insecureTransport", alias),
                    request(session, WriterActions.PUT_OBJECT, object, owner, put.with(ImpliedKeys.SECURE_TRANSPORT, "false")),
                    bucket, DENIED);
        }
        if (design.orgGuarded() && !writer.accountId().equals(owner)) {
            String foreign = probe.foreignOrganization();
            RequestContext foreignPut = put.with(ImpliedKeys.PRINCIPAL_ORG_ID, foreign);
            if (!probe.orgPathOf(foreign).isEmpty()) {
                foreignPut = foreignPut.with(ImpliedKeys.PRINCIPAL_ORG_PATHS, probe.orgPathOf(foreign));
            }
            rows.add(Message.of("access.row.foreignOrganization", alias, foreign),
                    request(session, WriterActions.PUT_OBJECT, object, owner, foreignPut), bucket, DENIED);
        }
        policies.key().ifPresent(key -> {
            addEncryptionRows(rows, session, alias, object, owner, put, bucket);
            PolicySet keySet = PolicySet.of(List.of(policies.role(index)), key, ResourcePolicyKind.KMS_KEY);
            RequestContext kms = kmsContext(probe, session, writer.accountId(), org);
            for (String action : RolePolicyGenerator.KMS_ACTIONS) {
                rows.add(Message.of("access.row.kms", alias, action),
                        request(session, action, probe.keyArn(), probe.keyAccount(), kms), keySet, ALLOWED);
            }
            // In the key's own account, a key policy that lets the account decide leaves a direct call to the
            // writer's identity-based policy, as AWS's default key policy intends.
            boolean sameAccountDecides = writer.accountId().equals(probe.keyAccount())
                    && OutsiderRows.delegatesToItsAccount(key);
            rows.add(Message.of("access.row.kmsNotViaS3", alias),
                    request(session, "kms:GenerateDataKey", probe.keyArn(), probe.keyAccount(),
                            kms.without(ConditionKeys.KMS_VIA_SERVICE)), keySet, Expectation.of(sameAccountDecides));
        });
    }

    /**
     * Under SSE-KMS: a put that names the bucket's key passes the bucket's encryption denies; one that
     * names a key of the writer's own account, or asks for SSE-S3, is stopped by them.
     */
    private static void addEncryptionRows(MatrixRows rows, Caller session, String alias, String object, String owner,
                                          RequestContext put, PolicySet bucket) {
        ProbeValues probe = rows.probe();
        RequestContext kmsPut = put.with(ConditionKeys.SSE_ALGORITHM, "aws:kms");
        rows.add(Message.of("access.row.putNamingBucketKey", alias),
                request(session, WriterActions.PUT_OBJECT, object, owner,
                        kmsPut.with(ConditionKeys.SSE_KMS_KEY_ID, probe.keyArn())), bucket, ALLOWED);
        // A key the owner's file creates is matched by the pattern of its account's keys (its ARN is not
        // known before it exists), so a writer of that same account has no "other" key to be stopped from.
        if (!(BucketKmsKey.created(rows.design()) && session.accountId().equals(probe.keyAccount()))) {
            String otherKey = probe.keyOfAccount(session.accountId());
            rows.add(Message.of("access.row.putNamingOtherKey", alias, otherKey),
                    request(session, WriterActions.PUT_OBJECT, object, owner,
                            kmsPut.with(ConditionKeys.SSE_KMS_KEY_ID, otherKey)), bucket, DENIED);
        }
        rows.add(Message.of("access.row.putSseS3", alias),
                request(session, WriterActions.PUT_OBJECT, object, owner,
                        put.with(ConditionKeys.SSE_ALGORITHM, SSE_S3)), bucket, DENIED);
    }

    /**
     * The requests of a multipart upload, each authorized as {@code s3:PutObject}
     * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions):
     * CreateMultipartUpload with and without {@code x-amz-acl}, then UploadPart and
     * CompleteMultipartUpload, which carry no ACL header. A writer must be able to upload in parts, so
     * those two are always meant to be allowed; only where ACLs are enabled is an upload started
     * without the bucket owner's ACL meant to be denied.
     */
    private static void addMultipartRows(MatrixRows rows, String alias, Caller session, String object, String owner,
                                         RequestContext plain, PolicySet bucket, boolean acl) {
        RequestContext withAcl = plain.with(WriterActions.ACL_KEY, WriterActions.BUCKET_OWNER_FULL_CONTROL);
        rows.add(Message.of("access.row.createUploadWithAcl", alias),
                request(session, WriterActions.PUT_OBJECT, object, owner, withAcl), bucket, ALLOWED);
        rows.add(Message.of("access.row.createUploadWithoutAcl", alias),
                request(session, WriterActions.PUT_OBJECT, object, owner, plain), bucket, Expectation.of(!acl));
        rows.add(Message.of("access.row.uploadPart", alias),
                request(session, WriterActions.PUT_OBJECT, object, owner, plain), bucket, ALLOWED);
        rows.add(Message.of("access.row.completeUpload", alias),
                request(session, WriterActions.PUT_OBJECT, object, owner, plain), bucket, ALLOWED);
    }

    /** The probe keys under each prefix, sorted; one key at the bucket's top when there are no prefixes. */
    static List<String> keysUnderPrefixes(Design design) {
        List<String> prefixes = design.bucket().keyPrefixes();
        if (prefixes.isEmpty()) {
            return List.of(ProbeValues.objectKey(""));
        }
        return prefixes.stream().distinct().sorted().map(ProbeValues::objectKey).toList();
    }

    /**
     * The keys of a call that S3 makes to KMS for the caller, with the aliases of the key when the
     * design creates it (the alias its role policy names).
     */
    static RequestContext kmsContext(ProbeValues probe, Caller caller, String callerAccount, String org) {
        RequestContext context = ImpliedKeys.fill(RequestContext.empty(), caller, probe.keyAccount(), org,
                        probe.orgPathOf(org), org)
                .with(ConditionKeys.KMS_CALLER_ACCOUNT, callerAccount)
                .with(ConditionKeys.KMS_VIA_SERVICE, probe.s3ViaService());
        return probe.keyAliases().isEmpty()
                ? context
                : context.with(ConditionKeys.KMS_RESOURCE_ALIASES, probe.keyAliases().toArray(String[]::new));
    }

    static AccessRequest request(Caller caller, String action, String resource, String resourceAccount, RequestContext context) {
        return new AccessRequest(caller, action, resource, resourceAccount, context);
    }
}
