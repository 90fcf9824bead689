package dev.s3grant.terraform;

import dev.s3grant.document.FileKind;
import dev.s3grant.document.GeneratedFile;
import java.util.List;

/**
 * {@code variables.tf} and {@code terraform.tfvars}: the variables the account files use, each with
 * a description, {@code type = string} and its validations, and their values from the design.
 */
final class VariablesFile {

    static final String VARIABLES = "variables.tf";
    static final String VALUES = "terraform.tfvars";

    private VariablesFile() {
    }

    static GeneratedFile declarations(Generation g, List<TerraformVariable> variables) {
        return declarations(g, variables, VARIABLES, "variables of the account files");
    }

    /** The declarations at {@code path}, whose header names {@code subject}. */
    static GeneratedFile declarations(Generation g, List<TerraformVariable> variables, String path, String subject) {
        HclFileBuilder file = new HclFileBuilder(FileHeader.lines(g, subject));
        variables.forEach(v -> file.block(v.block()));
        return file.render(path, FileKind.TERRAFORM_VARIABLES);
    }

    static GeneratedFile values(Generation g, List<TerraformVariable> variables) {
        return values(g, variables, VALUES, "values of the variables in " + VARIABLES);
    }

    /** The values at {@code path}, whose header names {@code subject}. */
    static GeneratedFile values(Generation g, List<TerraformVariable> variables, String path, String subject) {
        HclFileBuilder file = new HclFileBuilder(FileHeader.lines(g, subject));
        file.attributes(variables.stream()
                .map(v -> new HclNode.Attribute(v.name(), HclExpr.string(v.value())))
                .toList());
        return file.render(path, FileKind.TERRAFORM_VALUES);
    }
}
