package dev.s3grant.analysis;

/** How bad a finding is, as IAM Access Analyzer's policy validation grades them; most severe first. */
public enum Severity {
    ERROR,
    SECURITY_WARNING,
    WARNING,
    SUGGESTION
}
