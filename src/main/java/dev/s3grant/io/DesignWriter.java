package dev.s3grant.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.model.AcceptedFinding;
import dev.s3grant.model.Bucket;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.ExistingPolicies;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.PolicyJson;
import dev.s3grant.policy.PrettyJson;
import java.util.List;

/**
 * Writes a design as its file text: every field, keys in the documented order, two-space
 * indentation, LF and a final newline. Reading the text back gives the same design, and writing
 * that gives the same bytes. {@code organizationId} and {@code kmsKeyArn} are left out when empty, and
 * {@code existingPolicies} when the design names none (the file then keeps format version 1),
 * and {@code acceptedFindings} when it accepts none.
 */

public final class DesignWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DesignWriter() {
    }

    public static String write(Design d) {
        ObjectNode root = NODES.objectNode();
        root.put(DesignField.FORMAT_VERSION.jsonName(), d.formatVersion());
        root.put(DesignField.NAME.jsonName(), d.name());
        root.put(DesignField.PARTITION.jsonName(), d.partition().id());
        root.put(DesignField.REGION.jsonName(), d.region());
        if (!d.organizationId().isEmpty()) {
            root.put(DesignField.ORGANIZATION_ID.jsonName(), d.organizationId());
        }
        ObjectNode owner = root.putObject(DesignField.BUCKET_OWNER.jsonName());
        owner.put(DesignField.OWNER_ALIAS.jsonName(), d.bucketOwner().alias());
        owner.put(DesignField.OWNER_ACCOUNT_ID.jsonName(), d.bucketOwner().accountId());
        owner.put(DesignField.OWNER_PROVIDER.jsonName(), d.bucketOwner().terraformProvider());
        root.set(DesignField.BUCKET.jsonName(), bucket(d.bucket()));
        ArrayNode writers = root.putArray(DesignField.WRITERS.jsonName());
        for (Writer w : d.writers()) {
            writers.add(writer(w));
        }
        ObjectNode options = root.putObject(DesignField.OPTIONS.jsonName());
        options.put(DesignField.PRINCIPAL_STYLE.jsonName(), d.options().principalStyle().name());
        options.put(DesignField.ORG_GUARD.jsonName(), d.options().orgGuard());
        options.put(DesignField.CONFUSED_DEPUTY_GUARD.jsonName(), d.options().confusedDeputyGuard());
        options.put(DesignField.TERRAFORM_STYLE.jsonName(), d.options().terraformStyle().name());
        options.put(DesignField.TERRAFORM_VALUES.jsonName(), d.options().terraformValues().name());
        if (d.options().sharedWriterFile()) {
            options.put(DesignField.WRITER_FILES.jsonName(), d.options().writerFiles().name());
        }
        if (!d.options().writerOrgPath().isEmpty()) {
            options.put(DesignField.WRITER_ORG_PATH.jsonName(), d.options().writerOrgPath());
        }
        existing(root, d.existing());
        acceptedFindings(root, d.acceptedFindings());
        return PrettyJson.write(root);
    }

    /** The accepted findings, the member left out when there are none (the file then keeps its earlier version). */
    private static void acceptedFindings(ObjectNode root, List<AcceptedFinding> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        ArrayNode array = root.putArray(DesignField.ACCEPTED_FINDINGS.jsonName());
        for (AcceptedFinding a : accepted) {
            ObjectNode node = array.addObject();
            node.put(DesignField.ACCEPTED_CODE.jsonName(), a.code());
            node.put(DesignField.ACCEPTED_LOCATION.jsonName(), a.location());
            node.put(DesignField.ACCEPTED_REASON.jsonName(), a.reason());
        }
    }

    /** The existing policies as JSON objects, each left out when empty; the whole member when both are. */
    private static void existing(ObjectNode root, ExistingPolicies existing) {
        if (existing.isEmpty()) {
            return;
        }
        ObjectNode node = root.putObject(DesignField.EXISTING_POLICIES.jsonName());
        if (existing.hasBucketPolicy()) {
            node.set(DesignField.EXISTING_BUCKET_POLICY.jsonName(), PolicyJson.toTree(PolicyJson.parse(existing.bucketPolicy())));
        }
        if (existing.hasKeyPolicy()) {
            node.set(DesignField.EXISTING_KEY_POLICY.jsonName(), PolicyJson.toTree(PolicyJson.parse(existing.keyPolicy())));
        }
    }

    private static ObjectNode bucket(Bucket b) {
        ObjectNode node = NODES.objectNode();
        node.put(DesignField.BUCKET_NAME.jsonName(), b.name());
        node.put(DesignField.BUCKET_MANAGE.jsonName(), b.manage());
        ArrayNode prefixes = node.putArray(DesignField.KEY_PREFIXES.jsonName());
        b.keyPrefixes().forEach(prefixes::add);
        node.put(DesignField.OBJECT_OWNERSHIP.jsonName(), b.objectOwnership().name());
        if (!b.manageOwnershipControls()) {
            node.put(DesignField.MANAGE_OWNERSHIP_CONTROLS.jsonName(), false);
        }
        node.put(DesignField.BLOCK_PUBLIC_ACCESS.jsonName(), b.blockPublicAccess());
        node.put(DesignField.DENY_INSECURE_TRANSPORT.jsonName(), b.denyInsecureTransport());
        ObjectNode e = node.putObject(DesignField.ENCRYPTION.jsonName());
        e.put(DesignField.ENCRYPTION_TYPE.jsonName(), b.encryption().type().name());
        if (!b.encryption().kmsKeyArn().isEmpty()) {
            e.put(DesignField.KMS_KEY_ARN.jsonName(), b.encryption().kmsKeyArn());
        }
        e.put(DesignField.MANAGE_KEY.jsonName(), b.encryption().manageKey());
        e.put(DesignField.BUCKET_KEY.jsonName(), b.encryption().bucketKey());
        return node;
    }

    private static ObjectNode writer(Writer w) {
        ObjectNode node = NODES.objectNode();
        node.put(DesignField.WRITER_ALIAS.jsonName(), w.alias());
        node.put(DesignField.WRITER_ACCOUNT_ID.jsonName(), w.accountId());
        node.put(DesignField.WRITER_ROLE_NAME.jsonName(), w.roleName());
        node.put(DesignField.WRITER_ROLE_PATH.jsonName(), w.rolePath());
        ObjectNode principals = node.putObject(DesignField.WRITER_PRINCIPALS.jsonName());
        principals.put(DesignField.PRINCIPAL_MODE.jsonName(), w.principals().mode().name());
        ArrayNode services = principals.putArray(DesignField.SERVICES.jsonName());
        w.principals().services().forEach(services::add);
        node.put(DesignField.WRITER_ABORT_MULTIPART.jsonName(), w.allowAbortMultipartUpload());
        node.put(DesignField.WRITER_TAGGING.jsonName(), w.allowPutObjectTagging());
        node.put(DesignField.WRITER_PROVIDER.jsonName(), w.terraformProvider());
        return node;
    }
}
