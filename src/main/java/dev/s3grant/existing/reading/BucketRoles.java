package dev.s3grant.existing.reading;

import dev.s3grant.policy.LiteralText;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer roles a bucket policy names in its statements that allow {@code s3:PutObject}: a role
 * ARN as principal, or an account principal narrowed by {@code aws:PrincipalArn}. A role in any account (the
 * shared-role style's {@code arn:…:iam::*:role/…}) is not one: {@link SharedRoleStatements} reads those.
 */
final class BucketRoles {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:[a-z-]+:iam::([^:]*):role(/(?:.*/)?)([^/]+)");
    private static final String SID_PREFIX = "AllowPutFrom";

    /** One named role: its account, path and name, the statement naming it and that statement's index. */
    record BucketRole(String account, String path, String name, Statement statement, int index) {

        /** The alias the designer's Sid {@code AllowPutFrom<alias>} gives, if it is one. */
        Optional<String> alias() {
            String sid = statement.sid();
            return sid.startsWith(SID_PREFIX) && sid.length() > SID_PREFIX.length()
                    ? Optional.of(sid.substring(SID_PREFIX.length())) : Optional.empty();
        }
    }

    private BucketRoles() {
    }

    static List<BucketRole> of(List<Statement> bucketStatements) {
        List<BucketRole> out = new ArrayList<>();
        for (int i = 0; i < bucketStatements.size(); i++) {
            Statement s = bucketStatements.get(i);
            if (s.effect() != Effect.Allow || s.principal() == null || !s.actions().contains("s3:PutObject")) {
                continue;
            }
            List<String> arns = new ArrayList<>(s.principal().aws());
            s.conditions().stream().filter(c -> c.key().equals("aws:PrincipalArn")).forEach(c -> arns.addAll(c.values()));
            for (String arn : arns) {
                Matcher m = ROLE_ARN.matcher(arn);
                if (m.matches() && !m.group(1).contains("*")) {
                    out.add(new BucketRole(m.group(1), LiteralText.unescape(m.group(2)), LiteralText.unescape(m.group(3)), s, i));
                }
            }
        }
        return out;
    }
}
