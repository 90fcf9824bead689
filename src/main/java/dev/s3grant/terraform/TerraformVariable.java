package dev.s3grant.terraform;

import java.util.List;
import java.util.Objects;

/** One variable of {@code variables.tf} (always of type {@code string}) and its value from the design. */
record TerraformVariable(String name, String description, List<VariableValidation> validations, String value) {

    TerraformVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        validations = List.copyOf(validations);
        Objects.requireNonNull(value, "value");
    }

    HclNode.Block block() {
        HclBlockBuilder block = HclBlockBuilder.block("variable", name)
                .attribute("description", HclExpr.string(description))
                .attribute("type", HclExpr.ref("string"));
        for (VariableValidation validation : validations) {
            block.blank().block(validation.block(name));
        }
        return block.build();
    }
}
