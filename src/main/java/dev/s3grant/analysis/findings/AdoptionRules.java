package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;
import static dev.s3grant.analysis.Severity.WARNING;

import dev.s3grant.model.DocLinks;

/**
 * S3G-120 to S3G-129: adopting existing Terraform ({@code generate --adopt}, the window's Export over
 * a compared folder). The adoption raises these findings itself, from the design and the existing
 * files; the catalogue lists the rules so that the documentation and the window treat them like
 * every other. Their examples are adopted over the original conversation's files (decision 0030).
 */
public final class AdoptionRules {

    private static final String MOVED_DOC = DocLinks.TERRAFORM_REFACTORING;
    private static final String ROLE_DOC = DocLinks.PRINCIPAL;

    /** A role whose force-new values the design changes (its path): Terraform replaces it. */
    public static final Rule ROLE_REPLACED = new Rule("S3G-120", WARNING, "findings.adopt.roleReplaced", ROLE_DOC, """
            {"writers": [{"rolePath": "/ingest/"}]}""");

    /** Another adopted resource whose force-new value cannot be kept: Terraform replaces it. */
    public static final Rule RESOURCE_REPLACED = new Rule("S3G-121", WARNING, "findings.adopt.resourceReplaced", MOVED_DOC, """
            {"writers": [{"principals": {"mode": "SERVICES", "services": ["ec2.amazonaws.com"]}}]}""");

    /** An existing resource of another object at an address the generated files declare. */
    public static final Rule ADDRESS_TAKEN = new Rule("S3G-122", ERROR, "findings.adopt.addressTaken", MOVED_DOC, """
            {"bucket": {"name": "other-ingest-222222222222"}}""");

    private AdoptionRules() {
    }

    static java.util.List<Rule> all() {
        return java.util.List.of(ROLE_REPLACED, RESOURCE_REPLACED, ADDRESS_TAKEN);
    }
}
