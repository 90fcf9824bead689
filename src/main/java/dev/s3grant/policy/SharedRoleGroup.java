package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writers that one statement of the shared-role principal style names together: the same role name and
 * path, and the same upkeep actions (docs/decisions/0043-shared-role-principal-style.md). A design whose
 * writers all share these has one group, and so one statement; the findings report a design that has
 * more (S3G-140, S3G-142), and the policies still grant each writer exactly what it was designed to get.
 *
 * @param sidSuffix {@code SharedRole} for the first group, {@code SharedRole2}, … for the next ones
 */
public record SharedRoleGroup(String sidSuffix, String roleName, String rolePath, boolean abort, boolean tagging,
                              List<Writer> writers) {

    static final String SID_SUFFIX = "SharedRole";

    public SharedRoleGroup {
        Objects.requireNonNull(sidSuffix, "sidSuffix");
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(rolePath, "rolePath");
        writers = List.copyOf(writers);
    }

    /** The design's writers grouped in the order their first member appears. */
    public static List<SharedRoleGroup> of(Design design) {
        Map<List<Object>, List<Writer>> groups = new LinkedHashMap<>();
        for (Writer w : design.writers()) {
            List<Object> key = List.of(w.roleName(), Arns.normalizedPath(w.rolePath()), w.allowAbortMultipartUpload(),
                    w.allowPutObjectTagging());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
        }
        List<SharedRoleGroup> out = new ArrayList<>();
        for (List<Writer> members : groups.values()) {
            Writer first = members.get(0);
            String suffix = out.isEmpty() ? SID_SUFFIX : SID_SUFFIX + (out.size() + 1);
            out.add(new SharedRoleGroup(suffix, first.roleName(), Arns.normalizedPath(first.rolePath()),
                    first.allowAbortMultipartUpload(), first.allowPutObjectTagging(), members));
        }
        return out;
    }

    /** The first writer of the group: it stands for the group where one writer's choices are asked for. */
    public Writer first() {
        return writers.get(0);
    }

    /** The writer accounts of the group, without repeats, sorted. */
    public List<String> accounts() {
        return writers.stream().map(Writer::accountId).distinct().sorted().toList();
    }

    /**
     * {@code arn:PARTITION:iam::*:role/PATH/NAME}: the shared role in any account, for {@code ArnLike
     * aws:PrincipalArn}; a {@code *}, {@code ?} or {@code $} of the path stands for itself ({@link LiteralText}).
     */
    public String roleArnPattern(Design design) {
        return "arn:" + design.partition().id() + ":iam::*:role" + LiteralText.escape(rolePath + roleName);
    }

    /**
     * {@code o-…/r-…/ou-…/*}: the design's organizational unit and every OU under it, for {@code ForAnyValue:StringLike
     * aws:PrincipalOrgPaths} (docs/decisions/0052-writers-by-organizational-unit.md).
     */
    public static String orgPathPattern(Design design) {
        return design.options().writerOrgPath() + "*";
    }

    /**
     * The condition that names the writers' accounts: their organizational unit when the design names one, else the
     * list of their accounts ({@code key} is {@code aws:PrincipalAccount} for the bucket policy and
     * {@code kms:CallerAccount} for the key policy).
     */
    Condition accountCondition(Design design, String key) {
        return design.options().writersByOrgPath()
                ? Condition.of(ConditionKeys.FOR_ANY_VALUE_STRING_LIKE, ConditionKeys.PRINCIPAL_ORG_PATHS, orgPathPattern(design))
                : new Condition(ConditionKeys.STRING_EQUALS, key, accounts());
    }

    /**
     * The conditions that name the group's writers: the shared role, their accounts (or their organizational unit)
     * and the organization.
     */
    List<Condition> principalConditions(Design design) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(Condition.of(ConditionKeys.ARN_LIKE, ConditionKeys.PRINCIPAL_ARN, roleArnPattern(design)));
        conditions.add(accountCondition(design, ConditionKeys.PRINCIPAL_ACCOUNT));
        if (design.orgGuarded()) {
            conditions.add(Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.PRINCIPAL_ORG_ID, design.organizationId()));
        }
        return conditions;
    }
}
