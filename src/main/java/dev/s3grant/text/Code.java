package dev.s3grant.text;

import java.util.Objects;

/**
 * A message argument that is a literal value from the design or the policies (an ARN, an account
 * ID, an action). Renderers show it as code: in backticks in Markdown, as is in plain text.
 */
public record Code(String value) {

    public Code {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
