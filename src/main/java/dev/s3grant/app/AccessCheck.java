package dev.s3grant.app;

import dev.s3grant.analysis.access.AdHocCheck;
import dev.s3grant.analysis.access.AdHocResult;
import dev.s3grant.analysis.access.Caller;
import dev.s3grant.analysis.access.RequestContext;
import dev.s3grant.model.Design;
import java.util.List;
import java.util.Map;

/**
 * The façade's ad-hoc access check ({@code check --principal ... --action ... --resource ...}): one
 * request, as the user typed it, judged against the policies the design generates. The matrix of
 * every expected request is part of {@link DesignArtifacts#accessMatrix()}.
 */
public final class AccessCheck {

    private AccessCheck() {
    }

    /**
     * The caller a principal names, as a user types it: an account ID or root ARN, a user or role ARN,
     * an assumed-role session ARN or a service principal; a bare account ID is in the design's partition.
     *
     * @throws IllegalArgumentException when {@code principal} is none of these
     */
    public static Caller caller(String principal, Design design) {
        return Caller.parse(principal, design.partition().id());
    }

    /**
     * The decision AWS would make on {@code action} by {@code caller} on {@code resource}, with the
     * condition keys of {@code context} (a key given twice holds both values).
     */
    public static AdHocResult evaluate(DesignArtifacts artifacts, Caller caller, String action, String resource,
                                       Map<String, List<String>> context) {
        return AdHocCheck.evaluate(artifacts.design(), artifacts.policies(), caller, action, resource,
                RequestContext.of(context));
    }
}
