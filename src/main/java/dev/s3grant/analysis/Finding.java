package dev.s3grant.analysis;

import dev.s3grant.model.Message;
import java.util.Objects;

/**
 * One finding about a design: a stable code ({@code S3G-001}, …), a severity, where it is (a
 * {@link Location}: a design field such as {@code writers[0].accountId}, a generated file or an
 * element of one, a row of the access check), the message to render, and an AWS documentation link.
 */
public record Finding(String code, Severity severity, Location location, Message message, String docUrl) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(docUrl, "docUrl");
    }
}
