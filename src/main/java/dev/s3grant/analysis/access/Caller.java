package dev.s3grant.analysis.access;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who makes a request: an account's root, an IAM user, an IAM role or one of its sessions, or an AWS
 * service. {@code roleArn} is the ARN of the role behind a role or session, with its path when known
 * (a session ARN drops the path); {@code name} is the service principal for services.
 */
public record Caller(Kind kind, String partition, String accountId, String arn, String roleName, String roleArn) {

    /** The kinds of principal the evaluator knows. */
    public enum Kind {
        ACCOUNT_ROOT,
        IAM_USER,
        IAM_ROLE,
        ROLE_SESSION,
        SERVICE
    }

    private static final Pattern IAM_ARN = Pattern.compile("^arn:([a-z0-9-]+):iam::(\\d{12}):(root|user/.+|role/.+)$");
    private static final Pattern SESSION_ARN = Pattern.compile("^arn:([a-z0-9-]+):sts::(\\d{12}):assumed-role/([^/]+)/(.+)$");
    private static final Pattern ACCOUNT_ID = Pattern.compile("^\\d{12}$");
    private static final Pattern SERVICE = Pattern.compile("^[a-z0-9][a-z0-9.-]*\\.amazonaws\\.com(\\.cn)?$");

    public Caller {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(roleArn, "roleArn");
    }

    public static Caller root(String partition, String accountId) {
        return new Caller(Kind.ACCOUNT_ROOT, partition, accountId, "arn:" + partition + ":iam::" + accountId + ":root", "", "");
    }

    /** A session of a role; {@code roleArn} keeps the role's path, the session ARN does not. */
    public static Caller roleSession(String roleArn, String sessionName) {
        String[] parts = roleArn.split(":", 6);
        String partition = parts.length > 1 ? parts[1] : "";
        String account = parts.length > 4 ? parts[4] : "";
        String name = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        String sessionArn = "arn:" + partition + ":sts::" + account + ":assumed-role/" + name + "/" + sessionName;
        return new Caller(Kind.ROLE_SESSION, partition, account, sessionArn, name, roleArn);
    }

    public static Caller service(String servicePrincipal) {
        return new Caller(Kind.SERVICE, "", "", servicePrincipal, "", "");
    }

    /**
     * Reads a principal as a user types it: an account ID or root ARN, a user or role ARN, an
     * assumed-role session ARN or a service principal such as {@code ecs-tasks.amazonaws.com}.
     * A bare account ID is taken to be in {@code defaultPartition}.
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public static Caller parse(String text, String defaultPartition) {
        String t = text.trim();
        if (ACCOUNT_ID.matcher(t).matches()) {
            return root(defaultPartition, t);
        }
        if (SERVICE.matcher(t).matches()) {
            return service(t);
        }
        Matcher session = SESSION_ARN.matcher(t);
        if (session.matches()) {
            String roleArn = "arn:" + session.group(1) + ":iam::" + session.group(2) + ":role/" + session.group(3);
            return new Caller(Kind.ROLE_SESSION, session.group(1), session.group(2), t, session.group(3), roleArn);
        }
        Matcher iam = IAM_ARN.matcher(t);
        if (iam.matches()) {
            String resource = iam.group(3);
            if (resource.equals("root")) {
                return root(iam.group(1), iam.group(2));
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            if (resource.startsWith("role/")) {
                return new Caller(Kind.IAM_ROLE, iam.group(1), iam.group(2), t, name, t);
            }
            return new Caller(Kind.IAM_USER, iam.group(1), iam.group(2), t, "", "");
        }
        throw new IllegalArgumentException("not a principal: " + text);
    }

    public boolean isService() {
        return kind == Kind.SERVICE;
    }

    /** A role or one of its sessions. */
    public boolean isRole() {
        return kind == Kind.IAM_ROLE || kind == Kind.ROLE_SESSION;
    }

    /** The value of {@code aws:PrincipalArn}: the role ARN for a session; empty for a service. */
    public String principalArn() {
        return switch (kind) {
            case ROLE_SESSION -> roleArn;
            case SERVICE -> "";
            default -> arn;
        };
    }

    /** The same caller with the role's ARN (and so its path) made known. */
    public Caller withRoleArn(String value) {
        return new Caller(kind, partition, accountId, kind == Kind.IAM_ROLE ? value : arn, roleName, value);
    }

    /**
     * Every component equal, as a record's own {@code equals} tests, written out: the generated one is linked on its
     * first call through method handles that no start-up cache holds, as the policy records' did (decision 0057).
     * {@code hashCode} stays the record's own.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Caller c && kind == c.kind && Objects.equals(partition, c.partition)
                && Objects.equals(accountId, c.accountId) && Objects.equals(arn, c.arn)
                && Objects.equals(roleName, c.roleName) && Objects.equals(roleArn, c.roleArn);
    }
}
