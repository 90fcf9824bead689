package dev.s3grant.existing.reading;

import dev.s3grant.diff.TerraformPolicies;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.policy.DocumentKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an import has read, to look things up in: the Terraform blocks (values substituted), the
 * policies they hold, the policy JSON files and the known variable values.
 */
final class ImportedBlocks {

    private static final Set<String> COVERED = Set.of("aws_iam_role", "aws_iam_role_policy", "aws_iam_instance_profile",
            "aws_s3_bucket", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_public_access_block",
            "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_policy", "aws_kms_key", "aws_kms_alias",
            "aws_iam_policy_document", "aws_region", "aws_caller_identity", "aws_partition");
    private static final Pattern ACCOUNT_FILE = Pattern.compile("account_(.+)\\.tf");
    private static final Pattern HEADER = Pattern.compile("# S3 Grant Designer, design \"([^\"]*)\"");

    private final List<SourceBlock> blocks;
    private final TerraformPolicies policies;
    private final List<PolicyFileRead> jsonPolicies;
    private final Map<String, HclValue> values;
    private final List<SharedWriterFolder.Account> folderAccounts;

    /** @param folderAccounts the accounts of a shared writer folder, whose blocks are among {@code blocks} */
    ImportedBlocks(List<SourceBlock> blocks, TerraformPolicies policies, List<PolicyFileRead> jsonPolicies, Map<String, HclValue> values,
                   List<SharedWriterFolder.Account> folderAccounts) {
        this.blocks = blocks;
        this.policies = policies;
        this.jsonPolicies = jsonPolicies;
        this.values = values;
        this.folderAccounts = folderAccounts;
    }

    /** True when the writers' Terraform is a shared writer folder. */
    boolean sharedWriterFolder() {
        return !folderAccounts.isEmpty();
    }

    /** The account ID each values file of a shared writer folder gives, by the file's name. */
    Map<String, String> folderAccountIds() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        folderAccounts.forEach(a -> a.accountId().ifPresent(id -> out.put(a.file().name(), id)));
        return out;
    }

    /** True for a block the design speaks for (its meaning is read, or it is only a helper). */
    static boolean covers(SourceBlock block) {
        return (block.block().type().equals("resource") || block.block().type().equals("data"))
                && COVERED.contains(block.resourceType());
    }

    List<SourceBlock> blocks() {
        return blocks;
    }

    List<PolicyFileRead> jsonPolicies() {
        return jsonPolicies;
    }

    Map<String, HclValue> values() {
        return values;
    }

    /** The first resource of the type. */
    Optional<SourceBlock> resource(String type) {
        return all(type).stream().findFirst();
    }

    List<SourceBlock> all(String type) {
        return blocks.stream().filter(b -> b.isResource(type)).toList();
    }

    /** The policy an attribute of the block holds, read with the line it is at. */
    Optional<ImportedPolicy> policy(SourceBlock block, String attribute) {
        TerraformPolicies reader = folderAccounts.stream().filter(a -> a.file().equals(block.file())).map(SharedWriterFolder.Account::policies)
                .findFirst().orElse(policies);
        return block.value(attribute).flatMap(reader::read)
                .map(d -> new ImportedPolicy(d, block.file().displayName(), block.line(attribute), block.block().address()));
    }

    Optional<ImportedPolicy> firstFile(DocumentKind kind) {
        return files(kind).stream().findFirst().map(PolicyFileRead::policy);
    }

    List<PolicyFileRead> files(DocumentKind kind) {
        return jsonPolicies.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The design's name, from the header comment the designer writes, else the default. */
    String designName() {
        for (SourceBlock block : blocks) {
            Matcher m = HEADER.matcher(block.file().text());
            if (m.find()) {
                return m.group(1);
            }
        }
        return DesignDefaults.UNNAMED_DESIGN_NAME;
    }

    /** The account alias an {@code account_<alias>.tf} file name gives, or the {@code accounts/<alias>.tfvars} of a shared writer folder. */
    static Optional<String> alias(ImportedFile file) {
        Matcher m = ACCOUNT_FILE.matcher(file.name());
        return m.matches() ? Optional.of(m.group(1)) : SharedWriterFolder.alias(file);
    }

    /** The provider alias of {@code provider = aws.X}, or empty text. */
    static String provider(SourceBlock block) {
        return block.referenceIn("provider").filter(p -> p.startsWith("aws.")).map(p -> p.substring(4)).orElse("");
    }
}
