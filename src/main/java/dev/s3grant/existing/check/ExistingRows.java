package dev.s3grant.existing.check;

import static dev.s3grant.analysis.access.Expectation.ALLOWED;

import dev.s3grant.analysis.access.AccessRequest;
import dev.s3grant.analysis.access.AccessRow;
import dev.s3grant.analysis.access.Caller;
import dev.s3grant.analysis.access.Expectation;
import dev.s3grant.analysis.access.ImpliedKeys;
import dev.s3grant.analysis.access.NamedPolicy;
import dev.s3grant.analysis.access.PolicyEvaluator;
import dev.s3grant.analysis.access.PolicySet;
import dev.s3grant.analysis.access.RequestContext;
import dev.s3grant.analysis.access.ResourcePolicyKind;
import dev.s3grant.analysis.access.ServiceKeys;
import dev.s3grant.model.Message;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.policy.ConditionKeys;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.RolePolicyGenerator;
import dev.s3grant.policy.Statement;
import dev.s3grant.policy.TrustPolicyGenerator;
import dev.s3grant.policy.WriterActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of the existing files' check, per writer role: its put under every prefix and a part of a
 * multipart upload (meant to be allowed), its {@code s3:PutObjectAcl} (meant to be allowed only when
 * ACLs are enabled), each trusted service assuming the role, and under SSE-KMS its use of the key
 * through S3. Each request is evaluated by the access evaluator against the files' policies, and
 * {@link CauseFinder} names the cause of each row that is not as intended.
 */
final class ExistingRows {

    static final String SESSION = "s3grant-check";
    static final String OBJECT = "s3grant-check.txt";

    private final ExistingGrant grant;
    private final List<CheckedRow> rows = new ArrayList<>();

    private ExistingRows(ExistingGrant grant) {
        this.grant = grant;
    }

    static List<CheckedRow> of(ExistingGrant grant) {
        ExistingRows rows = new ExistingRows(grant);
        grant.writers().forEach(rows::addWriter);
        return List.copyOf(rows.rows);
    }

    private void addWriter(WriterRole writer) {
        String alias = writer.name();
        String owner = grant.ownerAccount();
        String org = grant.organization();
        Caller session = Caller.roleSession(writer.roleArn(), SESSION);
        PolicySet bucket = new PolicySet(writer.policies(), grant.bucketPolicy(), ResourcePolicyKind.ORDINARY);
        String orgPath = writersOrgPath();
        RequestContext plain = ImpliedKeys.fill(RequestContext.empty(), session, owner, org, orgPath, org);
        RequestContext put = grant.aclRequired()
                ? plain.with(WriterActions.ACL_KEY, WriterActions.BUCKET_OWNER_FULL_CONTROL) : plain;
        for (String prefix : grant.prefixes()) {
            add(writer, Message.of("access.row.put", alias, prefix + OBJECT),
                    new AccessRequest(session, WriterActions.PUT_OBJECT, object(prefix), owner, put), bucket, ALLOWED);
        }
        String object = object(grant.prefixes().get(0));
        add(writer, Message.of("access.row.uploadPart", alias),
                new AccessRequest(session, WriterActions.PUT_OBJECT, object, owner, plain), bucket, ALLOWED);
        add(writer, Message.of("access.row.putAcl", alias),
                new AccessRequest(session, WriterActions.PUT_OBJECT_ACL, object, owner, put), bucket,
                Expectation.of(grant.aclRequired()));
        writer.trust().ifPresent(trust -> addTrust(writer, trust));
        if (!grant.kmsKeyArn().isEmpty() && grant.keyPolicy().isPresent()) {
            PolicySet key = new PolicySet(writer.policies(), grant.keyPolicy(), ResourcePolicyKind.KMS_KEY);
            String keyAccount = grant.kmsKeyArn().split(":").length > 4 ? grant.kmsKeyArn().split(":")[4] : owner;
            RequestContext kms = ImpliedKeys.fill(RequestContext.empty(), session, keyAccount, org, orgPath, org)
                    .with(ConditionKeys.KMS_CALLER_ACCOUNT, writer.account())
                    .with(ConditionKeys.KMS_VIA_SERVICE, "s3." + grant.region()
                            + (grant.partition().equals("aws-cn") ? ".amazonaws.com.cn" : ".amazonaws.com"))
                    .with(CauseFinder.ENCRYPTION_CONTEXT, grant.bucketKey() ? grant.bucketArn() : object);
            if (!grant.keyAliases().isEmpty()) {
                kms = kms.with(ConditionKeys.KMS_RESOURCE_ALIASES, grant.keyAliases().toArray(String[]::new));
            }
            for (String action : RolePolicyGenerator.KMS_ACTIONS) {
                add(writer, Message.of("access.row.kms", alias, action),
                        new AccessRequest(session, action, grant.kmsKeyArn(), keyAccount, kms), key, ALLOWED);
            }
        }
    }

    /**
     * The organizational unit the bucket policy names its writers by ({@code ForAnyValue:StringLike
     * aws:PrincipalOrgPaths}, decision 0052), without its trailing {@code *}: the writers are taken to be in it, as the
     * designer takes them, since their OU cannot be read from the files; empty when the policy names none.
     */
    private String writersOrgPath() {
        return grant.bucketPolicy().stream().flatMap(p -> p.document().statements().stream())
                .flatMap(s -> s.conditions().stream())
                .filter(c -> c.key().equalsIgnoreCase(ImpliedKeys.PRINCIPAL_ORG_PATHS)
                        && c.operator().equals(ConditionKeys.FOR_ANY_VALUE_STRING_LIKE))
                .flatMap(c -> c.values().stream()).filter(v -> v.endsWith("*"))
                .map(v -> v.substring(0, v.length() - 1)).findFirst().orElse("");
    }

    private void addTrust(WriterRole writer, NamedPolicy trust) {
        PolicySet set = new PolicySet(List.of(), Optional.of(trust), ResourcePolicyKind.ROLE_TRUST);
        for (String service : trustedServices(trust)) {
            Caller caller = Caller.service(service);
            RequestContext context = ImpliedKeys.fill(RequestContext.empty(), caller, writer.account(), "", grant.organization());
            Optional<ServiceCatalog.Entry> entry = ServiceCatalog.find(service);
            if (entry.isPresent()) {
                Optional<String> sourceArn = entry.get().sourceArnService().isEmpty() ? Optional.empty()
                        : Optional.of("arn:" + grant.partition() + ":" + entry.get().sourceArnService() + ":" + grant.region()
                                + ":" + writer.account() + ":" + entry.get().sourceArnResource().replace("*", SESSION));
                context = ServiceKeys.add(context, entry.get(), writer.account(), sourceArn);
            }
            add(writer, Message.of("access.row.serviceAssumes", service, writer.name()),
                    new AccessRequest(caller, TrustPolicyGenerator.ASSUME_ROLE, writer.roleArn(), writer.account(), context),
                    set, ALLOWED);
        }
    }

    /** The services the trust policy's Allow statements name, sorted. */
    static List<String> trustedServices(NamedPolicy trust) {
        return trust.document().statements().stream()
                .filter(s -> s.effect() == Effect.Allow && s.principal() != null)
                .flatMap(s -> s.principal().services().stream()).distinct().sorted().toList();
    }

    static List<Statement> statementsTrusting(NamedPolicy trust, String service) {
        return trust.document().statements().stream()
                .filter(s -> s.effect() == Effect.Allow && s.principal() != null && s.principal().services().contains(service))
                .toList();
    }

    private String object(String prefix) {
        return grant.bucketArn() + "/" + prefix + OBJECT;
    }

    private void add(WriterRole writer, Message description, AccessRequest request, PolicySet policies, Expectation expected) {
        AccessRow row = new AccessRow(description, request, expected, PolicyEvaluator.evaluate(request, policies));
        rows.add(new CheckedRow(row, row.matches() ? List.of() : CauseFinder.causes(grant, writer, row, policies)));
    }
}
