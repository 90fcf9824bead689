package dev.s3grant.existing.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An {@code aws_iam_role} of the imported Terraform with its inline policy resource and the two policies read. */
record TerraformRole(SourceBlock role, Optional<SourceBlock> inline, Optional<ImportedPolicy> trust,
                     Optional<ImportedPolicy> rolePolicy) {

    /** Every role, paired with the first {@code aws_iam_role_policy} that refers to it or names it. */
    static List<TerraformRole> of(ImportedBlocks read) {
        List<TerraformRole> roles = new ArrayList<>();
        for (SourceBlock role : read.all("aws_iam_role")) {
            Optional<SourceBlock> inline = read.all("aws_iam_role_policy").stream()
                    .filter(p -> p.referenceIn("role").map(r -> r.startsWith(role.reference() + ".")).orElse(false)
                            || p.text("role").equals(role.text("name")))
                    .findFirst();
            roles.add(new TerraformRole(role, inline, read.policy(role, "assume_role_policy"),
                    inline.flatMap(p -> read.policy(p, "policy"))));
        }
        return roles;
    }
}
