package dev.s3grant.existing.check;

import dev.s3grant.analysis.access.NamedPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A role meant to write into the bucket, with its values resolved: declared by the writer's files
 * (then with its trust and identity-based policies), or only named by the bucket policy or the
 * design.
 *
 * @param roleArn  the role's ARN, with its path
 * @param name     the role's name
 * @param account  the writer account
 * @param trust    its trust policy, when the files declare the role
 * @param policies its identity-based policies
 * @param file     the file that declares it; empty when none does
 * @param side     the {@code --against} path that declares it; empty when none does
 */
public record WriterRole(String roleArn, String name, String account, Optional<NamedPolicy> trust,
                         List<NamedPolicy> policies, String file, String side) {

    public WriterRole {
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(trust, "trust");
        policies = List.copyOf(policies);
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(side, "side");
    }

    /** Whether the files declare the role. */
    public boolean declared() {
        return !file.isEmpty();
    }
}
