package dev.s3grant.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.model.Bucket;
import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.PrettyJson;

/**
 * Writes a design as its file text: every field, keys in the documented order, two-space
 * indentation, LF and a final newline. Reading the text back gives the same design, and writing
 * that gives the same bytes. {@code organizationId} and {@code kmsKeyArn} are left out when empty.
 */
public final class DesignWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DesignWriter() {
    }

    public static String write(Design d) {
        ObjectNode root = NODES.objectNode();
        root.put("formatVersion", d.formatVersion());
        root.put("name", d.name());
        root.put("partition", d.partition().id());
        root.put("region", d.region());
        if (!d.organizationId().isEmpty()) {
            root.put("organizationId", d.organizationId());
        }
        ObjectNode owner = root.putObject("bucketOwner");
        owner.put("alias", d.bucketOwner().alias());
        owner.put("accountId", d.bucketOwner().accountId());
        owner.put("terraformProvider", d.bucketOwner().terraformProvider());
        root.set("bucket", bucket(d.bucket()));
        ArrayNode writers = root.putArray("writers");
        for (Writer w : d.writers()) {
            writers.add(writer(w));
        }
        ObjectNode options = root.putObject("options");
        options.put("principalStyle", d.options().principalStyle().name());
        options.put("orgGuard", d.options().orgGuard());
        options.put("confusedDeputyGuard", d.options().confusedDeputyGuard());
        options.put("terraformStyle", d.options().terraformStyle().name());
        options.put("terraformValues", d.options().terraformValues().name());
        return PrettyJson.write(root);
    }

    private static ObjectNode bucket(Bucket b) {
        ObjectNode node = NODES.objectNode();
        node.put("name", b.name());
        node.put("manage", b.manage());
        ArrayNode prefixes = node.putArray("keyPrefixes");
        b.keyPrefixes().forEach(prefixes::add);
        node.put("objectOwnership", b.objectOwnership().name());
        if (!b.manageOwnershipControls()) {
            node.put("manageOwnershipControls", false);
        }
        node.put("blockPublicAccess", b.blockPublicAccess());
        node.put("denyInsecureTransport", b.denyInsecureTransport());
        ObjectNode e = node.putObject("encryption");
        e.put("type", b.encryption().type().name());
        if (!b.encryption().kmsKeyArn().isEmpty()) {
            e.put("kmsKeyArn", b.encryption().kmsKeyArn());
        }
        e.put("manageKey", b.encryption().manageKey());
        e.put("bucketKey", b.encryption().bucketKey());
        return node;
    }

    private static ObjectNode writer(Writer w) {
        ObjectNode node = NODES.objectNode();
        node.put("alias", w.alias());
        node.put("accountId", w.accountId());
        node.put("roleName", w.roleName());
        node.put("rolePath", w.rolePath());
        ObjectNode principals = node.putObject("principals");
        principals.put("mode", w.principals().mode().name());
        ArrayNode services = principals.putArray("services");
        w.principals().services().forEach(services::add);
        node.put("allowAbortMultipartUpload", w.allowAbortMultipartUpload());
        node.put("allowPutObjectTagging", w.allowPutObjectTagging());
        node.put("terraformProvider", w.terraformProvider());
        return node;
    }
}
