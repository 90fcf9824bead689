package dev.s3grant.analysis.access;

import java.util.Objects;

/**
 * One request to evaluate: who, which action on which resource, the account that owns the
 * resource, and the request's condition keys.
 */
public record AccessRequest(Caller caller, String action, String resource, String resourceAccount, RequestContext context) {

    public AccessRequest {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(resourceAccount, "resourceAccount");
        Objects.requireNonNull(context, "context");
    }

    /** True when the caller's account owns the resource (a service is never cross-account). */
    public boolean sameAccount() {
        return caller.isService() || caller.accountId().equals(resourceAccount);
    }
}
