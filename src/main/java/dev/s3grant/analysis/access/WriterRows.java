package dev.s3grant.analysis.access;

import static dev.s3grant.analysis.access.Expectation.ALLOWED;
import static dev.s3grant.analysis.access.Expectation.DENIED;

import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.RolePolicyGenerator;
import dev.s3grant.policy.ServiceActions;
import dev.s3grant.policy.WriterActions;
import java.util.List;

/**
 * The rows of one writer's role session: its puts under every prefix, upload upkeep and ACL calls
 * as designed, the S3 calls it must not make, the puts that the bucket's guards must stop, and
 * its use of the KMS key under SSE-KMS.
 */
final class WriterRows {

    static final String KMS_CALLER_ACCOUNT = "kms:CallerAccount";
    static final String KMS_VIA_SERVICE = "kms:ViaService";

    private WriterRows() {
    }

    static void addTo(MatrixRows rows, int index) {
        DesignPolicies policies = rows.policies();
        Design design = policies.design();
        ProbeValues probe = rows.probe();
        Writer writer = design.writers().get(index);
        String alias = writer.alias();
        String owner = design.bucketOwner().accountId();
        String org = design.organizationId();
        Caller session = Caller.roleSession(Arns.role(design, writer), ProbeValues.SESSION);
        PolicySet bucket = PolicySet.of(List.of(policies.role(index)), policies.bucket(), ResourcePolicyKind.ORDINARY);

        RequestContext plain = ImpliedKeys.fill(RequestContext.empty(), session, owner, org, org);
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
        if (design.bucket().denyInsecureTransport()) {
            rows.add(Message.of("access.row.insecureTransport", alias),
                    request(session, WriterActions.PUT_OBJECT, object, owner, put.with(ImpliedKeys.SECURE_TRANSPORT, "false")),
                    bucket, DENIED);
        }
        if (design.orgGuarded()) {
            String foreign = probe.foreignOrganization();
            rows.add(Message.of("access.row.foreignOrganization", alias, foreign),
                    request(session, WriterActions.PUT_OBJECT, object, owner, put.with(ImpliedKeys.PRINCIPAL_ORG_ID, foreign)),
                    bucket, DENIED);
        }
        policies.key().ifPresent(key -> {
            PolicySet keySet = PolicySet.of(List.of(policies.role(index)), key, ResourcePolicyKind.KMS_KEY);
            RequestContext kms = kmsContext(probe, session, writer.accountId(), org);
            for (String action : RolePolicyGenerator.KMS_ACTIONS) {
                rows.add(Message.of("access.row.kms", alias, action),
                        request(session, action, probe.keyArn(), probe.keyAccount(), kms), keySet, ALLOWED);
            }
        });
    }

    /** The probe keys under each prefix, sorted; one key at the bucket's top when there are no prefixes. */
    static List<String> keysUnderPrefixes(Design design) {
        List<String> prefixes = design.bucket().keyPrefixes();
        if (prefixes.isEmpty()) {
            return List.of(ProbeValues.objectKey(""));
        }
        return prefixes.stream().distinct().sorted().map(ProbeValues::objectKey).toList();
    }

    /** The keys of a call that S3 makes to KMS for the caller. */
    static RequestContext kmsContext(ProbeValues probe, Caller caller, String callerAccount, String org) {
        return ImpliedKeys.fill(RequestContext.empty(), caller, probe.keyAccount(), org, org)
                .with(KMS_CALLER_ACCOUNT, callerAccount)
                .with(KMS_VIA_SERVICE, probe.s3ViaService());
    }

    static AccessRequest request(Caller caller, String action, String resource, String resourceAccount, RequestContext context) {
        return new AccessRequest(caller, action, resource, resourceAccount, context);
    }
}
