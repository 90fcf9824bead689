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
        HclFileBuilder file = new HclFileBuilder(FileHeader.lines(g, "variables of the account files"));
        variables.forEach(v -> file.block(v.block()));
        return file.render(VARIABLES, FileKind.TERRAFORM_VARIABLES);
    }

    static GeneratedFile values(Generation g, List<TerraformVariable> variables) {
        HclFileBuilder file = new HclFileBuilder(FileHeader.lines(g, "values of the variables in " + VARIABLES));
        file.attributes(variables.stream()
                .map(v -> new HclNode.Attribute(v.name(), HclExpr.string(v.value())))
                .toList());
        return file.render(VALUES, FileKind.TERRAFORM_VALUES);
    }
}
