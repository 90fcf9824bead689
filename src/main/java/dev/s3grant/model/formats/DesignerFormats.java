package dev.s3grant.model.formats;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The formats of the design's names that only the designer uses (aliases, provider references),
 * and the parts of a KMS key ARN. The formats AWS and Terraform share with the generated
 * {@code variables.tf} are in {@link IdentifierFormats}. The findings check a design with them, and
 * the Terraform writer leaves out a provider reference that {@link #TERRAFORM_PROVIDER} rejects.
 */
public final class DesignerFormats {

    public static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    /** A provider's local name, optionally with an alias: {@code aws}, {@code aws.account_a}. */
    public static final Pattern TERRAFORM_PROVIDER =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)?");

    private DesignerFormats() {
    }

    public static boolean matches(Pattern pattern, String value) {
        return pattern.matcher(value).matches();
    }

    /** The parts of a KMS key ARN. */
    public record KeyArn(String partition, String region, String accountId) {
    }

    /** The parts of a key ARN that {@link IdentifierFormats#KMS_KEY_ARN} accepts: {@code arn:P:kms:R:A:key/ID}. */
    public static Optional<KeyArn> parseKeyArn(String value) {
        if (!IdentifierFormats.KMS_KEY_ARN.accepts(value)) {
            return Optional.empty();
        }
        String[] parts = value.split(":", 6);
        return Optional.of(new KeyArn(parts[1], parts[3], parts[4]));
    }

    /** The partition a Region belongs to, or empty for a Region of a partition the designer does not support. */
    public static Optional<String> partitionOfRegion(String region) {
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
