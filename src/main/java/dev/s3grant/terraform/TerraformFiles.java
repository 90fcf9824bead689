package dev.s3grant.terraform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generated Terraform files by name, in a fixed order: each writer's {@code account_<alias>.tf}
 * in design order, the bucket owner's {@code account_<alias>.tf}, then {@code variables.tf} and
 * {@code terraform.tfvars} when the design writes its values as variables.
 */
public record TerraformFiles(Map<String, String> files) {

    public TerraformFiles {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The file names, in order. */
    public List<String> names() {
        return List.copyOf(files.keySet());
    }

    public Optional<String> content(String name) {
        return Optional.ofNullable(files.get(name));
    }
}
