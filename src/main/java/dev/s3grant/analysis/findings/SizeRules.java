package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;
import static dev.s3grant.analysis.Severity.WARNING;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location.FileLocation;
import dev.s3grant.document.DocumentSize;
import dev.s3grant.document.SizeUnit;
import dev.s3grant.model.Design;
import dev.s3grant.model.DocLinks;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyFile;
import java.util.List;

/**
 * Every generated document against its size limit, counted as the service counts it (docs/aws-rules.md#sizes):
 * over the limit, or within 10% of it (S3G-090 to S3G-099). The location is the document's file name.
 * A trust policy's message adds that its default quota of 2,048 characters can be raised to 4,096.
 */
final class SizeRules implements DesignRules {

    static final Rule OVER_LIMIT = new Rule("S3G-090", ERROR, "findings.size.overLimit",
            DocLinks.IAM_QUOTAS, manyPrefixes(190));
    static final Rule NEAR_LIMIT = new Rule("S3G-091", WARNING, "findings.size.nearLimit",
            DocLinks.IAM_QUOTAS, manyPrefixes(170));

    @Override
    public List<Rule> rules() {
        return List.of(OVER_LIMIT, NEAR_LIMIT);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        for (PolicyFile file : policies.all()) {
            DocumentSize size = file.size();
            if (size.overLimit() && MergeRules.covers(design, file)) {
                continue;
            }
            if (size.overLimit()) {
                out.add(OVER_LIMIT.at(new FileLocation(file.fileName()), file.fileName(), size.used(), size.limit(), unit(size),
                        raisable(file)));
            } else if (size.nearLimit()) {
                out.add(NEAR_LIMIT.at(new FileLocation(file.fileName()), file.fileName(), size.used(), size.limit(), unit(size),
                        size.percent(), raisable(file)));
            }
        }
    }

    /** 0 for bytes, 1 for non-whitespace characters: the messages choose the unit's words with it. */
    private static int unit(DocumentSize size) {
        return size.unit() == SizeUnit.BYTES ? 0 : 1;
    }

    /** 1 for a trust policy, whose quota can be raised by request (to 4,096 characters), else 0. */
    private static int raisable(PolicyFile file) {
        return file.kind() == DocumentKind.TRUST_POLICY ? 1 : 0;
    }

    /** {@code count} key prefixes {@code prefix-000/}, …: each one adds a resource to the role and bucket policies. */
    static String manyPrefixes(int count) {
        StringBuilder out = new StringBuilder("{\"bucket\": {\"keyPrefixes\": [");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(i % 8 == 0 ? ",\n  " : ", ");
            }
            out.append("\"prefix-").append(ZeroPadded.of(i, 3)).append("/\"");
        }
        return out.append("]}}").toString();
    }
}
