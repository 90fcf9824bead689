package dev.s3grant.existing.reading;

import java.util.Objects;

/**
 * One file given to import: its name (the last path element, which names the account for
 * {@code account_<alias>.tf}; relative to the module for a shared writer folder's files, such as
 * {@code writer/accounts/<alias>.tfvars}), the path as the user gave it for messages, and its text.
 */
public record ImportedFile(String name, String displayName, String text) {

    public ImportedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(text, "text");
    }

    boolean isTerraform() {
        return name.endsWith(".tf");
    }

    /**
     * {@code terraform.tfvars} and {@code *.auto.tfvars}, the files Terraform reads values from by itself; those
     * of a shared writer folder ({@code writer/…}) are that module's own.
     */
    boolean isVariableValues() {
        return !name.startsWith(SharedWriterFolder.PREFIX) && (name.equals("terraform.tfvars") || name.endsWith(".auto.tfvars"));
    }

    boolean isPolicyJson() {
        return name.endsWith(".json");
    }
}
