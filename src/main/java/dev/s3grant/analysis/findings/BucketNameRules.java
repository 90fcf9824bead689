package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.formats.IdentifierFormats;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.List;

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

    @Override
    public List<Rule> rules() {
        return List.of(LENGTH, CHARACTERS, IP_ADDRESS, RESERVED);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        String name = design.bucket().name();
        if (!IdentifierFormats.BUCKET_LENGTH.passes(name)) {
            out.add(LENGTH.at(Locations.at(DesignField.BUCKET_NAME), name, name.codePointCount(0, name.length())));
        }
        if (!IdentifierFormats.BUCKET_CHARACTERS.passes(name)) {
            out.add(CHARACTERS.at(Locations.at(DesignField.BUCKET_NAME), name));
        }
        if (!IdentifierFormats.BUCKET_IP_ADDRESS.passes(name)) {
            out.add(IP_ADDRESS.at(Locations.at(DesignField.BUCKET_NAME), name));
        }
        if (!IdentifierFormats.BUCKET_RESERVED.passes(name)) {
            IdentifierFormats.RESERVED_BUCKET_PREFIXES.stream().filter(name::startsWith)
                    .forEach(prefix -> out.add(RESERVED.at(Locations.at(DesignField.BUCKET_NAME), name, prefix)));
            IdentifierFormats.RESERVED_BUCKET_SUFFIXES.stream().filter(name::endsWith)
                    .forEach(suffix -> out.add(RESERVED.at(Locations.at(DesignField.BUCKET_NAME), name, suffix)));
        }
    }
}
