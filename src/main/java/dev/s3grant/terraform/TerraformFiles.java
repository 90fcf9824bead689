package dev.s3grant.terraform;

import dev.s3grant.document.GeneratedFile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generated Terraform files, in a fixed order: each writer's {@code account_<alias>.tf} in
 * design order (or the shared writer folder: {@code writer/writer.tf}, {@code writer/variables.tf},
 * {@code writer/terraform.tfvars}, each account's {@code writer/accounts/<alias>.tfvars}),
 * the bucket owner's {@code account_<alias>.tf}, then {@code variables.tf} and
 * {@code terraform.tfvars} when the design writes its values as variables. Each is a
 * {@link GeneratedFile} with its blocks, statements, variables and values.
 */
public record TerraformFiles(List<GeneratedFile> documents) {

    public TerraformFiles {
        documents = List.copyOf(documents);
    }

    /** The texts by file name, in order. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        documents.forEach(d -> files.put(d.path(), d.text()));
        return Collections.unmodifiableMap(files);
    }

    /** The file names, in order. */
    public List<String> names() {
        return documents.stream().map(GeneratedFile::path).toList();
    }

    public Optional<String> content(String name) {
        return document(name).map(GeneratedFile::text);
    }

    public Optional<GeneratedFile> document(String name) {
        return documents.stream().filter(d -> d.path().equals(name)).findFirst();
    }
}
