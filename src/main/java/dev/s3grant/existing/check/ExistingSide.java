package dev.s3grant.existing.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one path given to {@code --against} declares: a bucket side, writer roles, KMS key policies,
 * the values its variables get, and the parts that could not be read.
 *
 * @param label     the path as the user gave it
 * @param bucket    the bucket side, when the files declare one
 * @param roles     the writer roles
 * @param keys      KMS key policies, by the address or file that holds them
 * @param aliases   the names of {@code aws_kms_alias} resources, by the key they point to (a reference as written)
 * @param variables values of {@code var.NAME}: {@code terraform.tfvars}, {@code *.auto.tfvars}, then defaults
 * @param locals    literal values of {@code local.NAME}
 * @param unread    the parts that could not be read, as {@code file: what}
 * @param account   the writer account the side is applied in, when its files say so: one account of a shared writer
 *                  folder, by its {@code accounts/<alias>.tfvars} (docs/decisions/0044-shared-writer-file.md)
 */
public record ExistingSide(String label, Optional<ExistingBucket> bucket, List<ExistingRole> roles,
                           Map<String, ReadPolicy> keys, Map<String, List<String>> aliases, Map<String, String> variables, Map<String, String> locals,
                           List<String> unread, Optional<String> account) {

    public ExistingSide(String label, Optional<ExistingBucket> bucket, List<ExistingRole> roles, Map<String, ReadPolicy> keys,
                        Map<String, List<String>> aliases, Map<String, String> variables, Map<String, String> locals, List<String> unread) {
        this(label, bucket, roles, keys, aliases, variables, locals, unread, Optional.empty());
    }

    public ExistingSide {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(bucket, "bucket");
        roles = List.copyOf(roles);
        keys = Map.copyOf(keys);
        aliases = Map.copyOf(aliases);
        variables = Map.copyOf(variables);
        locals = Map.copyOf(locals);
        unread = List.copyOf(unread);
        Objects.requireNonNull(account, "account");
    }

    /** The same side, applied in the account. */
    ExistingSide inAccount(String value) {
        return new ExistingSide(label, bucket, roles, keys, aliases, variables, locals, unread, Optional.of(value));
    }
}
