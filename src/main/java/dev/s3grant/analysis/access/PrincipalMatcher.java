package dev.s3grant.analysis.access;

import dev.s3grant.policy.Principal;
import java.util.List;

/**
 * The {@code Principal} and {@code NotPrincipal} elements of resource-based policies
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
 * A role ARN matches the role and its sessions; a session ARN
 * ({@code arn:PART:sts::ACCT:assumed-role/NAME/SESSION}, without the role's path) matches that
 * session only. {@code "*"} matches everyone, {@code {"AWS": "*"}} every principal but services.
 * {@code Federated} and {@code CanonicalUser} principals never match.
 */
final class PrincipalMatcher {

    private PrincipalMatcher() {
    }

    static PrincipalMatch match(Principal element, Caller caller) {
        if (element.wildcard()) {
            return PrincipalMatch.DIRECT;
        }
        PrincipalMatch best = PrincipalMatch.NONE;
        if (caller.isService()) {
            return element.services().contains(caller.arn()) ? PrincipalMatch.DIRECT : PrincipalMatch.NONE;
        }
        for (String value : element.aws()) {
            best = best.or(matchAws(value, caller));
        }
        return best;
    }

    private static PrincipalMatch matchAws(String value, Caller caller) {
        if (value.equals("*")) {
            return PrincipalMatch.DIRECT;
        }
        if (namesAccount(value, caller)) {
            return PrincipalMatch.ACCOUNT;
        }
        if (value.equals(caller.arn()) || (caller.isRole() && namesRole(value, caller))) {
            return PrincipalMatch.DIRECT;
        }
        return PrincipalMatch.NONE;
    }

    /** {@code 123456789012} or {@code arn:PART:iam::123456789012:root} of the caller's account. */
    static boolean namesAccount(String value, Caller caller) {
        return value.equals(caller.accountId()) && !caller.accountId().isEmpty()
                || iamArnOf(value, caller, ":root") && value.length() == iamPrefixLength(caller) + ":root".length();
    }

    /** {@code value} starts with {@code arn:PART:iam::ACCOUNT} of the caller followed by {@code rest}. */
    private static boolean iamArnOf(String value, Caller caller, String rest) {
        String partition = caller.partition();
        String account = caller.accountId();
        int at = "arn:".length() + partition.length();
        return value.startsWith("arn:") && value.startsWith(partition, "arn:".length()) && value.startsWith(":iam::", at)
                && value.startsWith(account, at + ":iam::".length()) && value.startsWith(rest, iamPrefixLength(caller));
    }

    /** The length of {@code arn:PART:iam::ACCOUNT} for the caller. */
    private static int iamPrefixLength(Caller caller) {
        return "arn:".length() + caller.partition().length() + ":iam::".length() + caller.accountId().length();
    }

    /**
     * A role ARN of the caller's role. Role names are unique in an account whatever their path, so
     * when the caller's path is unknown (a session ARN has none) account and name decide.
     */
    static boolean namesRole(String value, Caller caller) {
        if (value.equals(caller.roleArn())) {
            return true;
        }
        String name = caller.roleName();
        return iamArnOf(value, caller, ":role/") && value.endsWith(name)
                && value.lastIndexOf('/') == value.length() - name.length() - 1;
    }

    /**
     * True when a {@code NotPrincipal} element exempts the caller. AWS checks the account, then the
     * role (or user), then the session, so every link of that chain must be listed: a role's
     * session is exempt only when its account and its role (or the session) are both named
     * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html).
     */
    static boolean exempts(Principal notPrincipal, Caller caller) {
        if (notPrincipal.wildcard()) {
            return true;
        }
        if (caller.isService()) {
            return notPrincipal.services().contains(caller.arn());
        }
        List<String> listed = notPrincipal.aws();
        if (listed.contains("*")) {
            return true;
        }
        boolean account = listed.stream().anyMatch(v -> namesAccount(v, caller));
        return switch (caller.kind()) {
            case ACCOUNT_ROOT -> account;
            case IAM_USER -> account && listed.contains(caller.arn());
            case IAM_ROLE, ROLE_SESSION -> account && listed.stream()
                    .anyMatch(v -> v.equals(caller.arn()) || namesRole(v, caller));
            case SERVICE -> false;
        };
    }
}
