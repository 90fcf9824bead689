package dev.s3grant.analysis.findings;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location;
import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Message;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One rule of the catalogue: a stable code, its severity, the key of its message (the short title
 * is {@code messageKey + ".title"}, the reason for its severity {@code messageKey + ".why"}), the AWS
 * documentation page that explains it, and an example: a JSON snippet that, merged into the built-in
 * example design, makes the rule fire.
 */
public record Rule(String code, Severity severity, String messageKey, String docUrl, String example) {

    private static final Pattern CODE = Pattern.compile("S3G-\\d{3}");

    public Rule {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(docUrl, "docUrl");
        Objects.requireNonNull(example, "example");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a rule code looks like S3G-001: " + code);
        }
    }

    /** The key of the rule's short title, for lists and the documentation. */
    public String titleKey() {
        return messageKey + ".title";
    }

    /**
     * The key of the reason for the rule's severity: what the finding does to the grant (AWS rejects
     * it, a write fails, the grant is wider, ...). Severity follows that effect.
     */
    public String whyKey() {
        return messageKey + ".why";
    }

    /** A finding of this rule at a location, with the arguments of its message. */
    public Finding at(Location location, Object... args) {
        return new Finding(code, severity, location, Message.of(messageKey, args), docUrl);
    }
}
