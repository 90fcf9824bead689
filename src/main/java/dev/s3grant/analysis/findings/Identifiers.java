package dev.s3grant.analysis.findings;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The formats AWS, IAM and Terraform accept for the identifiers a design holds (DOMAIN.md §7.14). */
final class Identifiers {

    static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    static final Pattern ORGANIZATION_ID = Pattern.compile("o-[a-z0-9]{10,32}");
    static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    /** {@code /} alone, or printable ASCII between a leading and a trailing {@code /}; at most 512 characters. */
    static final Pattern ROLE_PATH = Pattern.compile("/|/[\\x21-\\x7F]{1,510}/");
    /** A provider's local name, optionally with an alias: {@code aws}, {@code aws.account_a}. */
    static final Pattern TERRAFORM_PROVIDER =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)?");
    private static final Pattern KMS_KEY_ARN = Pattern.compile(
            "arn:(aws|aws-cn|aws-us-gov):kms:([a-z]{2}(?:-[a-z]+)+-\\d{1,2}):(\\d{12}):key/"
                    + "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})");

    private Identifiers() {
    }

    static boolean matches(Pattern pattern, String value) {
        return pattern.matcher(value).matches();
    }

    /** The parts of a KMS key ARN. */
    record KeyArn(String partition, String region, String accountId) {
    }

    static Optional<KeyArn> parseKeyArn(String value) {
        Matcher m = KMS_KEY_ARN.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new KeyArn(m.group(1), m.group(2), m.group(3)));
    }

    /** The partition a Region belongs to, or empty for a Region of a partition the designer does not support. */
    static Optional<String> partitionOfRegion(String region) {
        if (region.startsWith("cn-")) {
            return Optional.of("aws-cn");
        }
        if (region.startsWith("us-gov-")) {
            return Optional.of("aws-us-gov");
        }
        if (region.contains("-iso")) {
            return Optional.empty();
        }
        return Optional.of("aws");
    }
}
