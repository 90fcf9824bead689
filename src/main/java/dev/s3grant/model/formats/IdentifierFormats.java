package dev.s3grant.model.formats;

import dev.s3grant.model.Partition;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one definition of every identifier format a design holds (docs/aws-rules.md#identifier-formats): the findings
 * check values with it, and {@code variables.tf} turns the same checks into its {@code validation}
 * blocks, so that a value the findings accept passes {@code terraform plan} and a value they reject
 * fails it. See docs/decisions/0018-region-and-shared-identifier-rules.md.
 */
public final class IdentifierFormats {

    /** Prefixes S3 reserves for bucket names. */
    public static final List<String> RESERVED_BUCKET_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    /** Suffixes S3 reserves for bucket names (access point aliases, Object Lambda, directory and table buckets). */
    public static final List<String> RESERVED_BUCKET_SUFFIXES = List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");
    public static final int MIN_BUCKET_NAME = 3;
    public static final int MAX_BUCKET_NAME = 63;
    /** The longest S3 object key, in UTF-8 bytes. */
    public static final int MAX_KEY_BYTES = 1024;

    private static final String REGION_CODE = "[a-z]{2}(-[a-z]+)+-[0-9]{1,2}";
    private static final String PARTITIONS = Arrays.stream(Partition.values()).map(Partition::id)
            .collect(Collectors.joining("|", "(", ")"));

    public static final IdentifierFormat ACCOUNT_ID = single("account ID", "^[0-9]{12}$",
            "An AWS account ID is exactly 12 digits.");
    public static final IdentifierFormat ORGANIZATION_ID = single("organization ID", "^o-[a-z0-9]{10,32}$",
            "The organization ID must be o- followed by 10 to 32 lowercase letters or digits.");
    /**
     * The Organizations entity path of an organizational unit: the organization ID, the root ID and one to five
     * nested OU IDs, each followed by {@code /} (the IDs as AWS Organizations defines them; OUs nest at most five
     * deep). No {@code *}: the policies add it (docs/decisions/0052-writers-by-organizational-unit.md).
     */
    public static final IdentifierFormat ORG_PATH = single("organizational unit path",
            "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/){1,5}$",
            "The organizational unit path must be o-ORG/r-ROOT/ou-OU/ (one to five nested OU IDs, each followed by /, and no *).");
    public static final IdentifierFormat REGION = single("Region", "^" + REGION_CODE + "$",
            "The Region must be a Region code such as ap-northeast-1.");
    public static final IdentifierFormat PARTITION = single("partition", "^" + PARTITIONS + "$",
            "The partition must be aws, aws-cn or aws-us-gov.");

    public static final FormatCheck BUCKET_LENGTH = new FormatCheck("length", List.of(
            new ValueTest.Matches("(?s)^.{" + MIN_BUCKET_NAME + "," + MAX_BUCKET_NAME + "}$")),
            "The bucket name must be 3 to 63 characters long.");
    public static final FormatCheck BUCKET_CHARACTERS = new FormatCheck("characters", List.of(
            new ValueTest.Matches("^([a-z0-9]([a-z0-9.-]*[a-z0-9])?)?$"),
            new ValueTest.DoesNotMatch("\\.\\.")),
            "The bucket name must consist of lowercase letters, digits, dots and hyphens, start and end with a letter"
                    + " or digit, and hold no two adjacent dots.");
    public static final FormatCheck BUCKET_IP_ADDRESS = new FormatCheck("IP address", List.of(
            new ValueTest.DoesNotMatch("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$")),
            "The bucket name must not look like an IP address.");
    public static final FormatCheck BUCKET_RESERVED = new FormatCheck("reserved", List.of(
            new ValueTest.DoesNotMatch("^" + alternatives(RESERVED_BUCKET_PREFIXES)),
            new ValueTest.DoesNotMatch(alternatives(RESERVED_BUCKET_SUFFIXES) + "$")),
            "The bucket name must not start with " + orList(RESERVED_BUCKET_PREFIXES)
                    + ", and must not end with " + orList(RESERVED_BUCKET_SUFFIXES) + ".");
    public static final IdentifierFormat BUCKET_NAME = new IdentifierFormat("bucket name",
            List.of(BUCKET_LENGTH, BUCKET_CHARACTERS, BUCKET_IP_ADDRESS, BUCKET_RESERVED));

    public static final IdentifierFormat ROLE_NAME = single("role name", "^[\\w+=,.@-]{1,64}$",
            "The role name must be 1 to 64 letters, digits or any of + = , . @ _ -.");
    /** {@code /} alone, or printable ASCII ({@code !} to DEL) between a leading and a trailing {@code /}; at most 512 characters. */
    public static final IdentifierFormat ROLE_PATH = single("role path", "^(/|/[\\x21-\\x7F]{1,510}/)$",
            "The role path must be / alone, or start and end with / and hold at most 512 ASCII characters from ! to DEL.");
    /** Usable in a policy: not empty, no control character, not too long (a literal *, ? or $ is escaped by the policies). */
    public static final IdentifierFormat KEY_PREFIX = new IdentifierFormat("key prefix", List.of(new FormatCheck("usable",
            List.of(new ValueTest.Matches("^[^\\x00-\\x1F\\x7F-\\x{9F}]+$"),
                    new ValueTest.AtMostUtf8Bytes(MAX_KEY_BYTES)),
            "The key prefix must be 1 to 1024 UTF-8 bytes, with no control character.")));
    /** {@code arn:PARTITION:kms:REGION:ACCOUNT:key/ID}, the ID a key ID or a multi-Region key ID; never an alias. */
    public static final IdentifierFormat KMS_KEY_ARN = single("KMS key ARN",
            "^arn:" + PARTITIONS + ":kms:" + REGION_CODE + ":[0-9]{12}:key/"
                    + "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$",
            "The KMS key must be given by its full key ARN (arn:PARTITION:kms:REGION:ACCOUNT:key/ID), not by an alias.");

    /** Every format, for the tests that prove both sides agree. */
    public static final List<IdentifierFormat> ALL = List.of(ACCOUNT_ID, ORGANIZATION_ID, ORG_PATH, REGION, PARTITION, BUCKET_NAME,
            ROLE_NAME, ROLE_PATH, KEY_PREFIX, KMS_KEY_ARN);

    private IdentifierFormats() {
    }

    private static IdentifierFormat single(String name, String regex, String message) {
        return new IdentifierFormat(name, List.of(new FormatCheck(name, List.of(new ValueTest.Matches(regex)), message)));
    }

    /** {@code a, b or c}. */
    private static String orList(List<String> words) {
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** {@code (a|b|c)} with each literal's dots escaped. */
    private static String alternatives(List<String> literals) {
        return literals.stream().map(s -> s.replace(".", "\\.")).collect(Collectors.joining("|", "(", ")"));
    }
}
