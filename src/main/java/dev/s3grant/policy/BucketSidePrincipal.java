package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * How a resource policy in the owner account (bucket or key policy) names a writer role
 * (docs/aws-rules.md#principal-style, docs/aws-rules.md#organization-guard): the account principal pinned by
 * {@code aws:PrincipalArn}, or the role ARN, and the organization guard. The shared-role style names its
 * writers in one statement ({@link SharedRoleGroup}); the few statements it still writes per writer (a
 * service's further actions) use the account principal.
 */
record BucketSidePrincipal(Principal principal, List<Condition> conditions) {

    static BucketSidePrincipal of(Design design, Writer writer) {
        List<Condition> conditions = new ArrayList<>();
        Principal principal;
        if (design.options().principalStyle() == PrincipalStyle.ROLE_ARN) {
            principal = Principal.aws(Arns.role(design, writer));
        } else {
            principal = Principal.aws(Arns.accountRoot(design, writer.accountId()));
            conditions.add(Condition.of(ConditionKeys.ARN_EQUALS, ConditionKeys.PRINCIPAL_ARN,
                    Arns.roleAsConditionValue(design, writer)));
        }
        if (design.orgGuarded()) {
            conditions.add(Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.PRINCIPAL_ORG_ID, design.organizationId()));
        }
        return new BucketSidePrincipal(principal, conditions);
    }

    List<Condition> with(Condition extra) {
        List<Condition> all = new ArrayList<>(conditions);
        all.add(extra);
        return all;
    }
}
