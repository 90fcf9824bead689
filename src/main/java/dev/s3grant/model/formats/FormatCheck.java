package dev.s3grant.model.formats;

import java.util.List;
import java.util.Objects;

/**
 * One part of an identifier's format: its tests (all must pass) and the English sentence the
 * Terraform validation shows when they do not. A finding's code stands for one check.
 */
public record FormatCheck(String name, List<ValueTest> tests, String terraformMessage) {

    public FormatCheck {
        Objects.requireNonNull(name, "name");
        tests = List.copyOf(tests);
        Objects.requireNonNull(terraformMessage, "terraformMessage");
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("a check without tests: " + name);
        }
    }

    public boolean passes(String value) {
        return tests.stream().allMatch(t -> t.passes(value));
    }
}
