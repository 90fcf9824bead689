package dev.s3grant.explain;

import dev.s3grant.document.ElementKind;
import dev.s3grant.document.FileElement;
import dev.s3grant.document.FileKind;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.terraform.TerraformFiles;
import dev.s3grant.terraform.TerraformNames;
import java.util.ArrayList;
import java.util.List;

/**
 * One account's Terraform file as the explanations read it: its name, its writer (null for the
 * bucket owner's file) and its resources and data sources, each with the role the file's composer
 * gave it, in the order the file holds them. The shared writer file ({@code shared}, decision 0044)
 * has the first writer with the account ID every account sets ({@link #SHARED_ACCOUNT}) as its writer.
 */
record AccountFile(String name, Writer writer, List<FileElement> blocks, boolean shared) {

    /** The account ID of the shared writer file's writer: the variable each account's values file sets. */
    static final String SHARED_ACCOUNT = "${var.account_id}";

    AccountFile {
        blocks = List.copyOf(blocks);
    }

    /** The account files of the generated Terraform, in the order the designer writes them. */
    static List<AccountFile> of(Design design, TerraformFiles terraform) {
        List<AccountFile> files = new ArrayList<>();
        for (GeneratedFile file : terraform.documents()) {
            if (file.kind() != FileKind.TERRAFORM_ACCOUNT) {
                continue;
            }
            List<FileElement> blocks = file.topLevel(ElementKind.BLOCK).stream()
                    .filter(e -> e.role().isPresent()).toList();
            Writer writer = blocks.stream()
                    .filter(e -> e.writer().isPresent())
                    .map(e -> design.writers().get(e.writer().getAsInt()))
                    .findFirst().orElse(null);
            boolean shared = file.path().equals(TerraformNames.SHARED_WRITER_FILE);
            files.add(new AccountFile(file.path(), shared && writer != null ? writer.withAccountId(SHARED_ACCOUNT) : writer,
                    blocks, shared));
        }
        return List.copyOf(files);
    }

    /** The writers' file names, in design order. */
    static List<String> writerFiles(List<AccountFile> files) {
        return files.stream().filter(f -> f.writer() != null).map(AccountFile::name).toList();
    }
}
