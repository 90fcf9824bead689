package dev.s3grant.map;

import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.analysis.access.AccessRow;
import dev.s3grant.document.BlockRole;
import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.RolePolicyGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The writer accounts with their service principals and roles, and the arrows that leave them:
 * one by one up to {@value #GROUP_FROM} writers, beyond that in groups of {@value #GROUP_SIZE} in the
 * design's order, each group one box holding a services box and a roles box with a line per writer
 * (decision 0037).
 */
final class WriterNodes {

    /** With more writers than this, writers are drawn in groups. */
    static final int GROUP_FROM = 12;
    static final int GROUP_SIZE = 10;

    private final Design design;
    private final ArrowRows rows;
    private final MapTexts texts;
    private final MapTargets targets;
    private final List<String> ids;
    private final List<MapNode> nodes = new ArrayList<>();
    private final List<MapLink> links = new ArrayList<>();

    WriterNodes(Design design, AccessMatrix matrix, MapTexts texts, MapTargets targets) {
        this.design = design;
        this.rows = new ArrowRows(matrix);
        this.texts = texts;
        this.targets = targets;
        this.ids = ids(design.writers());
        if (design.writers().size() > GROUP_FROM) {
            for (int first = 0; first < design.writers().size(); first += GROUP_SIZE) {
                addGroup(first, Math.min(first + GROUP_SIZE, design.writers().size()));
            }
        } else {
            for (int i = 0; i < design.writers().size(); i++) {
                addWriter(i);
            }
        }
    }

    List<MapNode> nodes() {
        return List.copyOf(nodes);
    }

    List<MapLink> links() {
        return List.copyOf(links);
    }

    /**
     * Stable ids: {@code writer/ALIAS}, with {@code #2}, {@code #3}… for an alias used again; in the
     * alias, {@code %}, {@code /} and {@code #} are written {@code %25}, {@code %2F} and {@code %23}, so
     * no alias can make the id of another box.
     */
    static List<String> ids(List<Writer> writers) {
        Set<String> used = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (Writer w : writers) {
            String base = "writer/" + w.alias().replace("%", "%25").replace("/", "%2F").replace("#", "%23");
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "#" + n;
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    private void addWriter(int index) {
        Writer writer = design.writers().get(index);
        String id = ids.get(index);
        String roleArn = Arns.role(design, writer);
        String roleId = id + "/role";
        List<MapNode> children = new ArrayList<>();
        for (String service : writer.principals().trustedServices()) {
            String serviceId = id + "/service/" + service;
            List<AccessRow> rows = this.rows.assume(service, roleArn);
            List<ElementTarget> allowedBy = targets.allowing(ArrowRows.allowing(rows, ArrowRows.ASSUME_ROLE));
            children.add(MapNode.leaf(serviceId, BoxKind.SERVICE, service, List.of(texts.service()), allowedBy));
            links.add(link("assume/" + id + "/" + service, ArrowKind.ASSUME_ROLE, serviceId, roleId,
                    ArrowRows.ASSUME_ROLE, allowedBy, ArrowRows.status(rows)));
        }
        OptionalInt w = OptionalInt.of(index);
        List<ElementTarget> roleTargets = MapTargets.concat(targets.blocks(BlockRole.WRITER_ROLE, w),
                targets.blocks(BlockRole.WRITER_ROLE_POLICY, w));
        List<String> roleLines = writer.rolePath().isEmpty() || writer.rolePath().equals("/")
                ? List.of() : List.of(writer.rolePath());
        children.add(MapNode.leaf(roleId, BoxKind.ROLE, texts.role(writer.roleName()), roleLines, roleTargets));
        nodes.add(new MapNode(id, BoxKind.WRITER_ACCOUNT, texts.writerAccount(writer.alias()),
                List.of(writer.accountId()), List.of(), MapMark.NONE, children));
        addRequests(List.of(roleArn), roleId, id);
    }

    /**
     * A group: its services box (a line per writer: alias and services) on the left, its roles box
     * (a line per writer: alias, account ID, role name) on the right, one {@code sts:AssumeRole}
     * arrow between them whose status is the worst of every writer's services, and the group's
     * requests leaving the roles box.
     */
    private void addGroup(int first, int end) {
        String id = "writers/" + (first / GROUP_SIZE + 1);
        String servicesId = id + "/services";
        String rolesId = id + "/roles";
        List<String> roleLines = new ArrayList<>();
        List<String> serviceLines = new ArrayList<>();
        List<ElementTarget> groupTargets = List.of();
        List<String> roleArns = new ArrayList<>();
        List<AccessRow> assumeRows = new ArrayList<>();
        List<ArrowStatus> assumeStatuses = new ArrayList<>();
        for (int i = first; i < end; i++) {
            Writer writer = design.writers().get(i);
            String roleArn = Arns.role(design, writer);
            roleLines.add(writer.alias() + "  " + writer.accountId() + "  " + writer.roleName());
            if (!writer.principals().trustedServices().isEmpty()) {
                serviceLines.add(writer.alias() + "  " + String.join(", ", writer.principals().trustedServices()));
            }
            for (String service : writer.principals().trustedServices()) {
                List<AccessRow> own = this.rows.assume(service, roleArn);
                assumeRows.addAll(own);
                assumeStatuses.add(ArrowRows.status(own));
            }
            groupTargets = MapTargets.concat(groupTargets, targets.blocks(BlockRole.WRITER_ROLE, OptionalInt.of(i)));
            roleArns.add(roleArn);
        }
        String title = texts.writerGroup(design.writers().get(first).alias(), design.writers().get(end - 1).alias(),
                end - first);
        List<MapNode> children = new ArrayList<>();
        if (!serviceLines.isEmpty()) {
            List<ElementTarget> allowedBy = targets.allowing(ArrowRows.allowing(assumeRows, ArrowRows.ASSUME_ROLE));
            children.add(new MapNode(servicesId, BoxKind.SERVICE, texts.groupServices(), serviceLines, allowedBy,
                    MapMark.NONE, List.of()));
            links.add(link("assume/" + id, ArrowKind.ASSUME_ROLE, servicesId, rolesId, ArrowRows.ASSUME_ROLE, allowedBy,
                    ArrowRows.worst(assumeStatuses)));
        }
        children.add(new MapNode(rolesId, BoxKind.ROLE, texts.groupRoles(end - first), roleLines, groupTargets,
                MapMark.NONE, List.of()));
        nodes.add(new MapNode(id, BoxKind.WRITER_GROUP, title, List.of(), groupTargets, MapMark.NONE, children));
        addRequests(roleArns, rolesId, id);
    }

    /** The puts under every prefix and, under SSE-KMS, the key's use, of these roles drawn as one box. */
    private void addRequests(List<String> roleArns, String from, String id) {
        String bucketArn = Arns.bucket(design);
        List<String> prefixes = OwnerNodes.prefixes(design);
        List<Map<String, List<AccessRow>>> byRole = roleArns.stream().map(r -> this.rows.s3(r, bucketArn, prefixes)).toList();
        for (String prefix : prefixes.isEmpty() ? List.of("") : prefixes) {
            List<AccessRow> rows = new ArrayList<>();
            List<ArrowStatus> statuses = new ArrayList<>();
            for (Map<String, List<AccessRow>> role : byRole) {
                List<AccessRow> own = role.get(prefix);
                rows.addAll(own);
                statuses.add(ArrowRows.status(own));
            }
            links.add(link("put/" + id + "/" + prefix, ArrowKind.PUT_OBJECT, from, OwnerNodes.putTarget(design, prefix),
                    ArrowRows.PUT_OBJECT, targets.allowing(ArrowRows.allowing(rows, ArrowRows.PUT_OBJECT)),
                    ArrowRows.worst(statuses)));
        }
        if (design.bucket().encryption().isKms()) {
            List<AccessRow> rows = new ArrayList<>();
            List<ArrowStatus> statuses = new ArrayList<>();
            for (String roleArn : roleArns) {
                List<AccessRow> own = this.rows.kms(roleArn);
                rows.addAll(own);
                statuses.add(ArrowRows.status(own));
            }
            links.add(link("kms/" + id, ArrowKind.KMS, from, OwnerNodes.KEY,
                    String.join(", ", RolePolicyGenerator.KMS_ACTIONS),
                    targets.allowing(ArrowRows.allowing(rows, "")), ArrowRows.worst(statuses)));
        }
    }

    private MapLink link(String id, ArrowKind kind, String from, String to, String action,
                         List<ElementTarget> allowedBy, ArrowStatus status) {
        return new MapLink(id, kind, from, to, ArrowLabel.of(action, allowedBy, texts), allowedBy, status, MapMark.NONE);
    }
}
