package dev.s3grant.explain.any;

import java.util.Locale;

/**
 * Who a statement reaches, from the widest to the narrowest, once its principal and its
 * organization, account, principal-ARN and source conditions are taken as limits.
 */
public enum Reach {
    /** Anyone, anonymous requests included. */
    PUBLIC,
    /** Any account, whether in the organization or not (a service acting for any account, a federated provider). */
    OUTSIDE_ORGANIZATION,
    /** The principals of one or more organizations. */
    ORGANIZATION,
    /** Several named accounts. */
    ACCOUNTS,
    /** Any principal of one account. */
    ACCOUNT,
    /** One service, acting for one account. */
    SERVICE_FOR_ACCOUNT,
    /** Named principals (roles, users, sessions), or the identity an identity-based policy is attached to. */
    PRINCIPAL;

    /** The stable name in the JSON form: {@code outside-organization}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean widerThan(Reach other) {
        return ordinal() < other.ordinal();
    }

    static Reach narrower(Reach a, Reach b) {
        return a.widerThan(b) ? b : a;
    }
}
