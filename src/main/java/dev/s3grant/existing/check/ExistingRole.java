package dev.s3grant.existing.check;

import dev.s3grant.policy.PolicyDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IAM role an existing file declares ({@code aws_iam_role}), with its trust policy and the
 * policies that grant it permissions ({@code aws_iam_role_policy}, or a policy attached to it), as
 * read: values not known yet stay as <code>${...}</code>.
 *
 * @param file     the file that declares it
 * @param address  its Terraform address, {@code aws_iam_role.NAME}
 * @param name     the role name, possibly with <code>${...}</code>
 * @param path     the role path, {@code /} by default
 * @param trust    the trust policy
 * @param policies its identity-based policies, each named {@code file#address}
 * @param account  its account where the files tell it beside the role (a policy JSON file's role that the bucket
 *                 policy names by its ARN), else empty
 */
public record ExistingRole(String file, String address, String name, String path, PolicyDocument trust,
                           List<ReadPolicy> policies, Optional<String> account) {

    /** A role whose account its own declaration does not tell. */
    public ExistingRole(String file, String address, String name, String path, PolicyDocument trust, List<ReadPolicy> policies) {
        this(file, address, name, path, trust, policies, Optional.empty());
    }

    public ExistingRole {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(trust, "trust");
        policies = List.copyOf(policies);
        Objects.requireNonNull(account, "account");
    }
}
