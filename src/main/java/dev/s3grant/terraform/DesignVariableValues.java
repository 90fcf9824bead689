package dev.s3grant.terraform;

import dev.s3grant.model.Design;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a design gives the variables of its generated Terraform, by variable name: what
 * {@code var.NAME} stands for in files the designer wrote.
 */
public final class DesignVariableValues {

    private DesignVariableValues() {
    }

    public static Map<String, String> of(Design design) {
        Map<String, String> values = new LinkedHashMap<>();
        VariableCatalog.of(design, new TerraformNames(design)).forEach(v -> values.put(v.name(), v.value()));
        return values;
    }
}
