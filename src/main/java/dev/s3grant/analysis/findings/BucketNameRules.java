package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Design;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.List;
import java.util.regex.Pattern;

/** The S3 naming rules for general purpose buckets (S3G-060 to S3G-063). */
final class BucketNameRules implements DesignRules {

    static final Rule LENGTH = new Rule("S3G-060", ERROR, "findings.bucketName.length",
            DocLinks.BUCKET_NAMES, """
            {"bucket": {"name": "ab"}}""");
    static final Rule CHARACTERS = new Rule("S3G-061", ERROR, "findings.bucketName.characters",
            DocLinks.BUCKET_NAMES, """
            {"bucket": {"name": "Central_Ingest"}}""");
    static final Rule IP_ADDRESS = new Rule("S3G-062", ERROR, "findings.bucketName.ipAddress",
            DocLinks.BUCKET_NAMES, """
            {"bucket": {"name": "192.168.5.4"}}""");
    static final Rule RESERVED = new Rule("S3G-063", ERROR, "findings.bucketName.reserved",
            DocLinks.BUCKET_NAMES, """
            {"bucket": {"name": "central-ingest-s3alias"}}""");

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 63;
    static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    static final List<String> RESERVED_SUFFIXES = List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");
    private static final Pattern IP = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    @Override
    public List<Rule> rules() {
        return List.of(LENGTH, CHARACTERS, IP_ADDRESS, RESERVED);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        String name = design.bucket().name();
        int length = name.codePointCount(0, name.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            out.add(LENGTH.at(Locations.BUCKET_NAME, name, length));
        }
        if (!name.isEmpty() && (!ALLOWED.matcher(name).matches() || name.contains(".."))) {
            out.add(CHARACTERS.at(Locations.BUCKET_NAME, name));
        }
        if (IP.matcher(name).matches()) {
            out.add(IP_ADDRESS.at(Locations.BUCKET_NAME, name));
        }
        for (String prefix : RESERVED_PREFIXES) {
            if (name.startsWith(prefix)) {
                out.add(RESERVED.at(Locations.BUCKET_NAME, name, prefix));
            }
        }
        for (String suffix : RESERVED_SUFFIXES) {
            if (name.endsWith(suffix)) {
                out.add(RESERVED.at(Locations.BUCKET_NAME, name, suffix));
            }
        }
    }
}
