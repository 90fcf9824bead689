package dev.s3grant.terraform;

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

    static String declarations(Generation g, List<TerraformVariable> variables) {
        HclFileBuilder file = new HclFileBuilder(FileHeader.lines(g, "variables of the account files"));
        variables.forEach(v -> file.block(v.block()));
        return file.render();
    }

    static String values(Generation g, List<TerraformVariable> variables) {
        HclFileBuilder file = new HclFileBuilder(FileHeader.lines(g, "values of the variables in " + VARIABLES));
        file.attributes(variables.stream()
                .map(v -> new HclNode.Attribute(v.name(), HclExpr.string(v.value())))
                .toList());
        return file.render();
    }
}
