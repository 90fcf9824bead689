package dev.s3grant.terraform;

import dev.s3grant.model.Bucket;
import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.BucketKmsKey;
import dev.s3grant.policy.ExistingMerge;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.policy.RolePolicyGenerator;
import dev.s3grant.policy.TrustPolicyGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The design's policy documents with its values written as variables, such as
 * <code>"arn:${var.partition}:iam::${var.account_a_id}:root"</code>.
 *
 * <p>The documents are generated once more (as documents: their JSON text is not needed) from a
 * copy of the design whose values are unique markers; each marker then becomes a {@code var.} reference, and every ARN's partition becomes
 * {@code var.partition}. Each document is kept only if substituting the design's values gives back
 * exactly the document {@link PolicyGenerator} produced for the real design; otherwise that
 * document is written with literal values. Under {@code LITERALS} the real documents are used as
 * they are.
 */
final class PolicyTemplates {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private final DesignValues values;
    private final GeneratedPolicies real;
    private final Map<String, String> markerToVariable = new HashMap<>();
    private final Map<String, String> markerToValue = new HashMap<>();
    private final Map<String, TemplateText> texts = new HashMap<>();
    /** The design with markers for values, or null under {@code LITERALS}. */
    private final Design marked;

    private PolicyTemplates(DesignValues values, GeneratedPolicies real) {
        this.values = values;
        this.real = real;
        this.marked = values.templated() ? markedDesign() : null;
    }

    static PolicyTemplates of(DesignValues values, GeneratedPolicies policies) {
        return new PolicyTemplates(values, policies);
    }

    PolicyTemplate trust(int writer) {
        return pick(real.writers().get(writer).trustPolicy(),
                () -> TrustPolicyGenerator.generate(marked, marked.writers().get(writer)));
    }

    PolicyTemplate role(int writer) {
        return pick(real.writers().get(writer).rolePolicy(),
                () -> RolePolicyGenerator.generate(marked, marked.writers().get(writer)));
    }

    PolicyTemplate bucket() {
        return pick(real.bucketPolicy(), () -> ExistingMerge.bucket(marked).document());
    }

    Optional<PolicyTemplate> key() {
        return real.keyPolicy().map(k -> pick(k, () -> ExistingMerge.key(marked).document()));
    }

    /**
     * The marked document (generated from the marked design as {@link PolicyGenerator} generates the
     * real one) when it gives back the real document, else the real document with literal values.
     */
    private PolicyTemplate pick(PolicyFile realFile, Supplier<PolicyDocument> markedDocument) {
        if (!values.templated()) {
            return PolicyTemplate.literal(realFile.document());
        }
        PolicyDocument document = markedDocument.get();
        return PolicyStrings.map(document, this::substitute).equals(realFile.document())
                ? new PolicyTemplate(document, this::text)
                : PolicyTemplate.literal(realFile.document());
    }

    /**
     * A value string of a marked document as a template: markers become variables, the ARN partition
     * {@code var.partition}. The same strings recur in every writer's documents, so each is worked out once.
     */
    private TemplateText text(String value) {
        return texts.computeIfAbsent(value, this::template);
    }

    private TemplateText template(String value) {
        if (value.equals(markedKeyAlias())) {
            return values.keyAlias();
        }
        List<TemplateText.Part> parts = new ArrayList<>();
        String rest = value;
        String partitionPrefix = "arn:" + values.design().partition().id() + ":";
        if (rest.startsWith(partitionPrefix)) {
            parts.add(new TemplateText.Literal("arn:"));
            parts.addAll(values.partition().parts());
            parts.add(new TemplateText.Literal(":"));
            rest = rest.substring(partitionPrefix.length());
        }
        for (Segment segment : segments(rest)) {
            if (segment.variable() == null) {
                parts.add(new TemplateText.Literal(segment.text()));
            } else {
                parts.addAll(values.value(segment.variable()).parts());
            }
        }
        return new TemplateText(parts);
    }

    /** The design's value in place of every marker. */
    private String substitute(String value) {
        if (value.indexOf(OPEN) < 0) {
            return value;
        }
        if (value.equals(markedKeyAlias())) {
            return BucketKmsKey.alias(values.design());
        }
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments(value)) {
            out.append(segment.variable() == null ? segment.text() : markerToValue.get(segment.text()));
        }
        return out.toString();
    }

    /**
     * The alias of the created key as the marked design names it ({@code kms:ResourceAliases} in the
     * role policy): written as the owner's file writes the alias, dots of the bucket name replaced.
     */
    private String markedKeyAlias() {
        return BucketKmsKey.alias(marked);
    }

    /** Literal text ({@code variable} null) or a marker and its variable. */
    private record Segment(String text, String variable) {
    }

    private List<Segment> segments(String value) {
        List<Segment> out = new ArrayList<>();
        int literalStart = 0;
        int open = value.indexOf(OPEN);
        while (open >= 0) {
            int close = value.indexOf(CLOSE, open);
            String variable = close < 0 ? null : markerToVariable.get(value.substring(open, close + 1));
            if (variable == null) {
                open = value.indexOf(OPEN, open + 1);
                continue;
            }
            if (open > literalStart) {
                out.add(new Segment(value.substring(literalStart, open), null));
            }
            out.add(new Segment(value.substring(open, close + 1), variable));
            literalStart = close + 1;
            open = value.indexOf(OPEN, literalStart);
        }
        if (literalStart < value.length()) {
            out.add(new Segment(value.substring(literalStart), null));
        }
        return out;
    }

    private String mark(String variable) {
        String marker = OPEN + Integer.toString(markerToVariable.size()) + CLOSE;
        markerToVariable.put(marker, variable);
        markerToValue.put(marker, values.valueOf(variable));
        return marker;
    }

    /** The design with each value that has a variable replaced by its marker. */
    private Design markedDesign() {
        Design d = values.design();
        TerraformNames names = values.names();
        Bucket bucket = d.bucket();
        List<Writer> writers = new ArrayList<>();
        // In the shared-role style one statement names the role of every writer that shares it: those writers
        // get one marker, the role name variable of the first of them, so that the marked design groups as the real one.
        boolean shared = d.options().principalStyle() == PrincipalStyle.SHARED_ROLE;
        Map<String, String> sharedRoleMarkers = new HashMap<>();
        for (int i = 0; i < d.writers().size(); i++) {
            Writer w = d.writers().get(i);
            int index = i;
            String roleMarker = shared
                    ? sharedRoleMarkers.computeIfAbsent(w.roleName(), name -> mark(names.roleNameVariable(index)))
                    : mark(names.roleNameVariable(i));
            writers.add(w.withAccountId(mark(names.writerAccountVariable(i))).withRoleName(roleMarker));
        }
        String keyArn = bucket.encryption().kmsKeyArn();
        if (d.options().writersByOrgPath()) {
            d = d.withOptions(d.options().withWriterOrgPath(mark(VariableCatalog.WRITER_ORG_PATH)));
        }
        return d.withRegion(mark(VariableCatalog.REGION))
                .withOrganizationId(d.organizationId().isEmpty() ? "" : mark(VariableCatalog.ORGANIZATION_ID))
                .withBucketOwner(d.bucketOwner().withAccountId(mark(names.ownerAccountVariable())))
                .withBucket(bucket.withName(mark(VariableCatalog.BUCKET_NAME))
                        .withEncryption(bucket.encryption().withKmsKeyArn(keyArn.isEmpty() ? "" : mark(VariableCatalog.KMS_KEY_ARN))))
                .withWriters(writers);
    }
}
